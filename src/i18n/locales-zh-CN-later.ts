// zh-CN words of screens that are not on the first screen (my data, the "I just received…" flows, the
// stage detail with its citations, the log, the lawfulness screens, letters, the help lines). They load with
// those screens (src/i18n/lazy-screen.ts), keeping the first download small; the service worker precaches this
// chunk, so the screens still open offline.
import caseErrors from '../../locales/zh-CN/caseErrors.json';
import debtForm from '../../locales/zh-CN/debtForm.json';
import todayDetail from '../../locales/zh-CN/todayDetail.json';
import findings from '../../locales/zh-CN/findings.json';
import lawful from '../../locales/zh-CN/lawful.json';
import letters from '../../locales/zh-CN/letters.json';
import lock from '../../locales/zh-CN/lock.json';
import log from '../../locales/zh-CN/log.json';
import myData from '../../locales/zh-CN/myData.json';
import received from '../../locales/zh-CN/received.json';
import recorder from '../../locales/zh-CN/recorder.json';
import rules from '../../locales/zh-CN/rules.json';
import support from '../../locales/zh-CN/support.json';
import stageDetail from '../../locales/zh-CN/stageDetail.json';

export const zhCNLater = {
  myData,
  caseErrors,
  received,
  rules,
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
