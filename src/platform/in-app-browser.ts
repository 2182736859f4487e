/**
 * Chinese super-apps open links in their own web views, where a PWA cannot be installed and site storage may be
 * wiped by the host app (STYLE.md, "WeChat/QQ in-app browsers cannot install PWAs"). Detection is by user agent only:
 * these web views expose no feature that tells them apart from the system browser.
 */
export type InAppBrowser = 'wechat' | 'qq' | 'weibo' | 'alipay' | 'dingtalk';

const PATTERNS: readonly (readonly [InAppBrowser, RegExp])[] = [
  // WeChat and WeCom (wxwork) both carry MicroMessenger; on Android they also carry MQQBrowser/TBS, so test first.
  ['wechat', /MicroMessenger\//i],
  ['dingtalk', /DingTalk\//i],
  ['alipay', /AlipayClient\//i],
  ['weibo', /__weibo__|\bWeibo\b/i],
  // The QQ app's web view says "QQ/<version>". The stand-alone QQ Browser app says "MQQBrowser/<version>" without
  // "QQ/" and is a real browser, so "QQ/" must not be the tail of another word (MQQBrowser/, QQBrowser/).
  ['qq', /(?:^|[^A-Za-z])QQ\/\d/],
];

export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  for (const [name, pattern] of PATTERNS) {
    if (pattern.test(userAgent)) return name;
  }
  return null;
}
