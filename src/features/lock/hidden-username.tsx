/**
 * Password managers (and Chromium's form checks) expect a user name beside a password field; the app has one
 * user per phone, so the field is fixed and hidden (https://www.chromium.org/developers/design-documents/create-amazing-password-forms/).
 */
export function HiddenUsername() {
  return (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value="youju"
      readOnly
      hidden
      aria-hidden="true"
      tabIndex={-1}
    />
  );
}
