// Only `version` is taken from package.json (Vite's JSON plugin tree-shakes named imports).
import { version } from '../../package.json';

/** The version in package.json; the release zip carries the same number in its name (docs/deploy.md). */
export const APP_VERSION: string = version;

/**
 * The site's own source, beside index.html in every build (src/build/source-archive.ts). Relative, so it follows
 * the path the app is served under; a hash route never changes the document's address.
 */
export const SOURCE_ARCHIVE_HREF = 'source.zip';
