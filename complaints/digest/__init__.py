"""The weekly digest (周报) to the union office: figures by SQL, rendered as mail, .docx and .xlsx.

Package map:
    weeks        ISO weeks in branch time (YYYY-Www), the last complete week
    predicates   the definitions (new, closed, open, overdue, on time) as SQL conditions
    queries      the aggregate statements (GROUP BY / COUNT FILTER / percentiles)
    figures      compute_figures(): every number, in one snapshot → DigestFigures
    values       the frozen value types (DigestFigures and its parts)
    assemble     rows → values: names for codes, masked people, working days overdue
    labels       Chinese names for channels, units, severities, statuses, blanks
    tables       the tables and sentences every format shows, as display strings
    fonts        a CJK font from the machine's font folders
    charts       PNG charts (trend, units, categories) with matplotlib Agg
    chart_process  draws them in a child process: serve never loads matplotlib
    docx_report  the Word report        xlsx_report  the spreadsheet
    render       all forms at once (DigestFiles)      mail  digest_mail(): the outgoing mail
    sending      queue in the outbox (+ job bookkeeping, one transaction)
    command      digest_command(): `complaints digest`
    job          digest_job(): the scheduled send, with catch-up after downtime
"""
