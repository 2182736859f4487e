// `npm run build:verify-page`: rewrites src/domain/case-pack/verify.html from src/verify-page/ (see verify-page.ts).
import { writeFileSync } from 'node:fs';
import { VERIFY_PAGE_FILE, verifyPageHtml } from './verify-page.ts';

writeFileSync(VERIFY_PAGE_FILE, await verifyPageHtml());
console.log(`wrote ${VERIFY_PAGE_FILE}`);
