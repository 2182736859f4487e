// The English words, loaded only when English is chosen (src/i18n/i18n.ts); the service worker precaches this
// chunk like every other, so switching language works offline.
import caseErrors from '../../locales/en/caseErrors.json';
import common from '../../locales/en/common.json';
import todayDetail from '../../locales/en/todayDetail.json';
import debtForm from '../../locales/en/debtForm.json';
import debts from '../../locales/en/debts.json';
import findings from '../../locales/en/findings.json';
import lawful from '../../locales/en/lawful.json';
import letters from '../../locales/en/letters.json';
import lock from '../../locales/en/lock.json';
import log from '../../locales/en/log.json';
import myData from '../../locales/en/myData.json';
import nav from '../../locales/en/nav.json';
import onboarding from '../../locales/en/onboarding.json';
import rules from '../../locales/en/rules.json';
import received from '../../locales/en/received.json';
import recorder from '../../locales/en/recorder.json';
import shell from '../../locales/en/shell.json';
import support from '../../locales/en/support.json';
import stageDetail from '../../locales/en/stageDetail.json';
import today from '../../locales/en/today.json';

export const en = {
  common,
  nav,
  onboarding,
  shell,
  debts,
  myData,
  caseErrors,
  rules,
  today,
  received,
  log,
  recorder,
  findings,
  lawful,
  letters,
  lock,
  debtForm,
  support,
  stageDetail,
  todayDetail,
};
