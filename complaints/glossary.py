"""Glossary: the branch's Chinese terms and the one English name the code uses for each.

Code, tables, templates and docs use the English name; the Chinese term appears here (and
in label tables of the parsers and in the text the templates show to staff).

| English name (code)   | 中文                          | meaning |
|-----------------------|-------------------------------|---------|
| case                  | 投诉 / 投诉件                  | one complaint from receipt to closure, id TS-YYYY-NNNNNN |
| acceptance form       | 《投诉受理单》                  | the form a source fills and mails (docx/pdf/scan) |
| acceptance number     | 受理编号 / 工单号               | the source's own number for the form |
| supervision form      | 《客户投诉处理情况督办单》(督办单) | the .docx we send the unit with each case |
| office                | 分行工会                       | the union office that runs the process |
| staff                 | 工会经办人员                    | office members allowed to send commands |
| unit                  | 被投诉单位/部门, 网点, 支行       | who is complained about and must handle it |
| lead unit / co-unit   | 牵头单位 / 协办单位              | several units: one leads, the others help |
| leader                | 分管行领导                      | supervising vice president or president |
| channel               | 投诉渠道                       | how the complaint reached the branch (csc, walk_in, ...) |
| source                | 来源                           | the sender address that identifies a channel |
| triage                | 待分派                         | the router was not confident: the office picks the unit |
| deadline / due date   | 办理时限                       | when the unit must answer (working days) |
| regulatory limit      | 监管时限                       | 15 calendar days from receipt, extendable |
| provisional           | 暂定                           | a deadline counted on derived statutory holidays: the year's 调休 not yet published |
| holiday arrangement   | 放假安排 (国务院办公厅通知)       | the State Council's yearly schedule of days off and make-up working days (调休) |
| overdue               | 超时                           | past the due date unanswered: a flag with events |
| result                | 处理情况 / 处理结果              | what the unit did, from its reply or returned form |
| satisfaction          | 客户满意度 (满意/基本满意/不满意) | the customer's verdict, asked by the office |
| severity (level)      | 一般 / 较大问题 / 重大问题        | normal / major / serious (the seed's words; 严重 = 重大问题 on input) |
| instruction           | 批示                           | a leader's words on a case, passed to its units; never its result |
| contribution          | 协办反馈                        | a co-unit's reply: part of the result, never the result |
| reassignment request  | 申请重新分派                     | a unit's "not ours": the case goes back to the office for 转办 |
| meeting               | 会议研究                        | a meeting's decision on a 重大问题 case |
| round                 | 第二次督办 …                     | the 督办单 of a reopened case, with the earlier result and the objection |
| event                 | 处理记录                       | one row of a case's audit trail |
| quarantine            | 隔离                           | a mail that could not be used, kept for a person |
| comment book          | 意见簿(箱)                     | the outlet's customer comment book, checked daily |
| digest                | 周报                           | the weekly statistics mail to the office |
| period report         | 月度/季度/年度考核报告            | the digest of a month, quarter or year, for 考核 |
| enquiry               | 查询类指令 (帮助/在办清单/查询/统计) | a read-only command by mail from anyone in the directory |
| open-case list        | 在办清单                        | every case not closed that the reader may see, overdue first |
"""
