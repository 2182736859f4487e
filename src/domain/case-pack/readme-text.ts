/** README.txt of a case pack: how to check it by hand and with the CLI, in zh-CN then English. */
/** `caseHead`: the head to keep (case-head.ts), over the chain and case.json's time zone, debts and borrower. */
export function readmeText(caseHead: string, withHistory = false): string {
  const zhHistory = withHistory ? '  history.json   全部已封存记录（含更正与隐藏）按链的顺序\n' : '';
  const enHistory = withHistory
    ? '  history.json   every sealed record (corrections and hidden entries too), in chain order\n'
    : '';
  const files = withHistory ? 'case.json history.json' : 'case.json';
  return `有据 案件包 / youju case pack
================================

【中文】
本压缩包由“有据”导出，包含：
  case.json      联系记录（案件文件 v1）
${zhHistory}  media/         附件原件，文件名为其 SHA-256
  report.html    可打印的记录报告
  verify.html    核对网页：用浏览器打开，把本压缩包拖进去（不联网）
  verify.py      核对程序（只用 Python 3 自带的库）
  manifest.json  除自身外每个文件的 SHA-256 与大小，以及记录的哈希链
  README.txt     本说明

如何核对：
  1. 解压后在该目录运行：sha256sum ${files} verify.html verify.py report.html README.txt media/*
     将结果与 manifest.json 中 files 列出的 sha256 逐一比对；media/ 中每个文件的哈希应与其文件名相同。
  2. 用包里的核对程序（只需 Python 3，不联网）：python3 verify.py 案件包.zip --head <另行保存的案件链头>
     （先把 verify.py 解压出来；用有据命令行工具则是 youju verify 案件包.zip --head <案件链头>）
     退出码 0 表示完好，1 表示有文件或记录被改动、增删或调换顺序，或案件链头与另存的不同，2 表示无法读取。
     自己写程序核对时要注意：哈希针对的是 RFC 8785 规范化 JSON；并不是每个自称“canonical JSON”的库都实现了
     RFC 8785（数字写法、键的排序方式不同，算出的哈希就不同）。verify.py 自带一份 RFC 8785 实现。
     没有 Python 时：把 verify.html 解压出来，用浏览器（电脑或手机均可）打开，把本压缩包拖进去或点“选择文件”，
     可填入另行保存的案件链头；结果与 youju verify 相同，核对只在本机进行，不联网。
  3. 案件链头（case head）：${caseHead}
     它覆盖全部记录和附件，以及时区、欠款（含日期）和本人信息：其中任何一项被改，它都会变。
     命令行核对时可以加上 --head <案件链头>，与另行保存的值对比。
     建议把它另行保存或发给可信的人（例如通过短信），日后可据此证明记录未被改动。

哈希只能说明文件自导出后未被改动；原始载体（手机、录音原件）请妥善保存。本包不是法律意见。

[English]
This zip was exported by 有据 (youju). It holds:
  case.json      the contact log (case file v1)
${enHistory}  media/         the original attachments, named by their SHA-256
  report.html    a printable report of the log
  verify.html    a checking page: open it in a browser and drop this zip into it (no network)
  verify.py      a checker that needs only Python 3 and its standard library
  manifest.json  the SHA-256 and size of every other file, and the hash chain over the records
  README.txt     this file

How to verify:
  1. Unzip, then in that folder run: sha256sum ${files} verify.html verify.py report.html README.txt media/*
     Compare each line with the sha256 listed under "files" in manifest.json; each file in media/ must hash to
     its own name.
  2. With the checker in this pack (Python 3 only, no network): python3 verify.py pack.zip --head <case head kept>
     (unzip verify.py first; with the youju CLI: youju verify pack.zip --head <case head>)
     Exit code 0 = intact, 1 = something was changed, added, removed or reordered, or the case head differs from
     the one kept, 2 = unreadable.
     If you write your own checker: the hashes are over RFC 8785 canonical JSON, and not every library that calls
     itself "canonical JSON" implements RFC 8785 (other number forms or key orders give other hashes). verify.py
     carries its own RFC 8785 implementation.
     Without Python: unzip verify.html, open it in a browser (computer or phone), drop this zip into it or choose
     it, optionally with the case head kept elsewhere; it gives the same result as youju verify, on this device
     only, with no network.
  3. Case head: ${caseHead}
     It covers every record and attachment, and the time zone, the debts (with their dates) and the borrower:
     changing any of them changes it. Add --head <case head> to the command above to compare it with a copy kept
     elsewhere.
     Keep this value somewhere else or send it to someone you trust (e.g. by SMS): it later shows the records
     were not changed after that day.

Hashes show only that the files did not change after export; keep the original carriers (the phone, the original
recordings). This pack is not legal advice.
`;
}
