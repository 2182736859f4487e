/** The version in package.json, put in at build time (vite.config.ts `define`). */
export const APP_VERSION: string = __APP_VERSION__;

/**
 * The site's own source, beside index.html in every build (src/build/source-archive.ts). Relative, so it follows
 * the path the app is served under; a hash route never changes the document's address.
 */
export const SOURCE_ARCHIVE_HREF = 'source.zip';
