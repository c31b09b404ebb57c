"""Read-only commands by mail (查询类指令): 帮助, 在办清单, 查询 TS-…, 统计 <period>.

Package map:
    readers     who asked (office, unit, leader) and which cases they may see
    open_cases  the open-case list (在办清单): rows, table, spreadsheet
    lookup      one case's fields and timeline, masked for the reader
    answers     a command → the reply's content (lines, tables, attachments)

The syntax and the command table are in `parsers.office_queries`; the handler that
queues the reply is `complaints.handlers.enquiry`.
"""
