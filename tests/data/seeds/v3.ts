// Rows as a v3 build writes them with the app lock off (src/data/schema/v3.ts): v3 changes no row of an unlocked
// profile, so these are the v2 rows. Sealed rows are covered by tests/data/vault.test.ts, which needs a key.
export { SEED_V2 as SEED_V3 } from './v2.ts';
