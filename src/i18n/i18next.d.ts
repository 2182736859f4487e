import 'i18next';
import type { defaultNS, Resources } from './resources.ts';

// Keys are typed from zh-CN, the source language: a key missing there fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: Resources;
  }
}
