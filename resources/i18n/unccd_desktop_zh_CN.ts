<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>关于 {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>国家列表来自 lukes/ISO-3166-Countries-with-Regional-Codes，依据联合国 M49 标准和 ISO 3166 编制，采用 &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt; 许可。货币代码采用 IATI 货币代码表。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>续签(&amp;W)…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>开始续签此协议：新建一份草案，其期限紧接本协议</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>修订(&amp;M)…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>开始修订此协议：新建一份期限相同的草案</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>续签“{0}”</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>修订“{0}”</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>尚未保存：请核对日期、各方和标题，然后保存。</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>尚未保存：被续签的协议没有到期日期，因此无法确定新的期限。请输入日期，核对各方和标题，然后保存。</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>已续签的协议</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>“{0}”续签了“{1}”。要将“{1}”标为“{2}”吗？</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>将“{0}”标为已续签</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>未标为已续签</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>通知截止</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>协议时间线</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>未记录任何日期。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>{0} 已存在；请为新数据库另选一个名称。</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships 数据库 (*.unccd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>已恢复备份。被替换的文件保存为 {0}。</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>正在恢复最新备份…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>正在进行的工作完成后，将显示新的语言。</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>语言未更改：请先为每个标出的字段选择保留您的值或采用对方的值。</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>需要关注的事项</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>打开概览 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>%n 项交付成果逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>%n 项交付成果本周到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>%n 项协议本周到达续签通知日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>%n 项协议本周到期</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>需要关注：{0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>已签署和有效协议的续签通知日期和到期日期，以及未完成交付成果的截止日期，均作为全天事件导出，可导入 Outlook、Thunderbird 或任何日历。再次导入较新的文件时，会更新此前添加的事件。</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>所有合作伙伴</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>从今天起的所有日期</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>今后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>正在写入日历…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>已将 %n 个提醒日期写入 {0}</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>输入以筛选…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>输入以筛选；按向下键进入列表，在列表中按空格键勾选条目</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>保留我的，作为另一条记录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用服务器的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>采用服务器的，并将我的合并进去(&amp;T)</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>两条记录都保留：它们不是同一个合作伙伴。</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>此处已更改，服务器上已删除</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>双方均已更改</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>此处已删除，服务器上已更改</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>该更改将在下次同步时重新发送（须先更正服务器拒绝的内容）。</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>放弃此处所做的更改；记录采用服务器上的值。</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>记录按服务器上的内容恢复到此处。</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>记录连同此处所做的更改恢复到服务器上。</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>此处也删除该记录。</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>下次同步时，服务器上也将删除该记录。</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>此处创建的记录将合并到服务器上的记录中：其链接和历史并入服务器记录，此处创建的副本将被删除。</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>此处改用服务器上的值；放弃此处输入的值。</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>本机的值将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>两处更改之前</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>服务器的（团队服务器）</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>双方的值</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>本机上的历史</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>团队服务器上的历史</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>整条记录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>此处有 %n 项更改与团队服务器不同。在您作出选择之前，服务器保留其值；您的选择将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>没有等待您选择的冲突。</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>“{0}”在此处和团队服务器上被改成了不同的值。</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>此记录在此处已删除，在团队服务器上已更改。</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>此记录在此处已更改，在团队服务器上已删除。</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>此合作伙伴是在此处创建的，其名称或缩写与团队服务器上已有的合作伙伴相同。</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>团队服务器未接受此处所做的更改。</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>正在读取团队服务器上的历史…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>无法显示服务器上的历史：{0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>需要关注的事项</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>过期天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>逾期的交付成果</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>按状态分列的记录</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>按倡议分列的交付成果</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>按捐助方分列的交付成果</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>即将到期的协议（续签通知期或 {0} 天内）</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>{0} 天内到期的交付成果</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>近期没有即将到期的协议。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>今后 {0} 天内没有到期事项。</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>没有已过到期日的已签署或有效协议。</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>所有已签署或有效的协议均有到期日期。</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>已过到期日的有效协议（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>没有到期日期的协议（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>在日历中选择日期 (Alt+向下键)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>无日期 (Delete)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>“{0}”不是日期。请写成 {1} 或 {2}，或按 Delete 键留空。</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>所附文档</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>将文件拖放到此处即可附加。</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>请先保存记录，再附加文档。</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>要从此记录中移除 {0} 吗？</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>导出捐助方报告</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>所有伙伴关系</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>单个捐助方：</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>单项倡议：</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>（选择捐助方）</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>（选择倡议）</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>请选择要导出其报告的捐助方。</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>请选择要导出其报告的倡议。</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>宣传运动</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>公约秘书处</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>中介方</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>收尾阶段</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>金融机构</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>出资</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>全球环境基金扶持活动</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>执行方</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>非正式伙伴关系</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>政府间组织</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>协议书</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>多方谅解备忘录</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>项目准备</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续签</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究报告</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>{0} 内部出现问题。已保存的数据安然无恙。请将以下详细信息发送给负责支持本应用程序的人员。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>也已写入 {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>文件 {0} 不存在。</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>您无权使用 {0}。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束日期</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始日期</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>唯一标识符 (UUID)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>总部所在国</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>IATI 组织标识符</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>其他名称（每行一个）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>续签通知期（天）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>证明材料（网址）</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>负责的合作伙伴</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>修订或续签</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>上次修改</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>发起场合</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联络人</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>仍在职</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年份</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>该合作伙伴的联络人</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>添加联络人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>此记录的历史</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>“{0}”有歧义（日和月可能颠倒）；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>“{0}”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>“{0}”不是百分比</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>“{0}”不是有效日期</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>“{0}”：应为“是”或“否”</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>应为日期之处出现了“{0}”</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>应为数字之处出现了“{0}”</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>已忽略内容</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>文件被拒绝</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>已忽略指向其他工作簿的链接。</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>缺少列</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>只能在合作伙伴更新工作簿中添加新联络人（该工作簿表明联络人属于哪个合作伙伴）。</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>新行被拒绝</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>没有 ID 为 {0} 的交付成果（可能在导出后已从数据库中删除）。</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>无导出记录</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>没有 ID 为 {0} 的联络人（可能在导出后已从数据库中删除）。</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>此文件中没有任何工作表以预期的列（例如“Deliverable ID”和“Status”）列出交付成果或联络人。</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未试运行</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>其他架构版本</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>重复的列</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>重复的记录</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>工作表“{0}”没有“{1}”列，因此其中的行无法与记录对应；该工作表未导入。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>工作表“{0}”未导入：其中没有交付成果或联络人的列。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>工作表“{0}”：连续 {2} 个空行后，在第 {1} 行停止读取。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>工作表“{0}”：列“{1}”出现了两次；已使用第一列。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>工作表“{0}”：本次导入不读取列“{1}”；已忽略该列。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>工作表“{0}”：有 {1} 行在导入的列中没有内容（第一行是第 {2} 行）；已跳过这些行。</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>已忽略工作表</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>数据库拒绝了这些值（{0}）。</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>工作表“{0}”：列“{1}”包含合作伙伴的意见，只从合作伙伴更新工作簿中读取；已忽略该列。</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>{0} 含有合作伙伴更新工作簿的隐藏工作表，但其中未注明任何导出：该工作表已被更改，因此无法将文件与所发送的内容核对。请为该合作伙伴导出新的工作簿。</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>{0} 注明的导出 {1} 并非由此数据库生成（是否从数据库的另一副本导出？）。无法将其与所发送的内容核对，因此不予导入。</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>{0} 注明了导出 {1}，但未注明该导出所针对的合作伙伴：其隐藏工作表已被更改，因此不予导入。请为该合作伙伴导出新的工作簿。</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>{0} {1} 不属于随此工作簿发送的记录；合作伙伴更新工作簿只能更改其本身合作伙伴的记录，因此不导入此行。</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>{0} 是工作簿，但其各部分的组织方式本应用程序无法读取。请在电子表格程序中打开它，并重新另存为 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 PDF 文件，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 {1} 图像，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>{0} 是 {1} 压缩文件，不是电子表格。请从中提取工作簿并导入该文件。</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 Word 文档，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 PowerPoint 演示文稿，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 OpenDocument 文本、绘图或演示文稿，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是不含工作簿的旧版 Microsoft Office 文件（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是不含工作簿的 ZIP 压缩文件（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>{0} 是包含 {1} 的 ZIP 压缩文件：请提取该文件并导入。</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} 是网页 (HTML)，不是电子表格。如果某网站将其作为电子表格提供，请在电子表格程序中打开它，并另存为 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} 是 Excel 2003 XML 电子表格。请在电子表格程序中打开它，并另存为 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 XML 文件，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是 JSON 文件，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 是富文本 (RTF) 文档，不是电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} 是 UTF-16 文本（Unicode 文本）。请将其另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>{0} 是文本文件，不是 Excel 工作簿；如果它是 CSV 导出文件，请将其扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} 是文本文件，不是 OpenDocument 电子表格；如果它是 CSV 导出文件，请将其扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} 是文本文件，不是电子表格；如果它是 CSV 导出文件，请将其扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>无法在数据库上试运行这些行（{0}）；应用时将再次检查。</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>工作簿包含宏；这些宏未运行。</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>该工作簿导出自另一个数据库架构版本（{0}；此数据库为 {1}）；其各列照常按名称读取。</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>{0} 处没有文件。</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>此 ID 也出现在第 {0} 行；每条记录只能出现一次。</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>此联络人属于另一个合作伙伴。</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>此文件没有导出记录：将与数据库的当前状态比较更改，因此无法区分在此期间所做的修改。</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>此文件已导入（批次 {0}）。</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>读取文件期间，此记录在数据库中发生了更改；请重新预览该文件。</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>此行没有交付成果 ID（Deliverable ID）；不能通过工作簿添加新的交付成果。</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>未知列</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>未知记录</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>无法读取的值</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>值被拒绝</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>您没有读取 {0} 的权限。</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>新联络人需要填写姓名</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>引用了文件中不存在的第 {0} 号文本</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>包含从未计算过结果的公式；请在 Excel 或 LibreOffice 中打开该文件并重新保存，或直接输入值</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>必须是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>{0} 在预览后已更改；请重新预览。</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} 个字符，超过了电子表格单元格可容纳的 {1} 个字符</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>{0} 包含工作簿从不需要的 XML 实体声明；因不安全而被拒绝。</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>{0} 包含压缩了 {1} 倍的部件，远超任何真实工作簿；因可能是 zip 炸弹而被拒绝。</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>{0} 的部件过多（{1} 个），不是正常的工作簿。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} 是文件夹，不是电子表格。</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} 是 Excel 二进制工作簿 (.xlsb)。请在电子表格程序中打开它，并另存为 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>{0} 已损坏，无法读取（XML 格式错误或不安全：{1}）。</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>{0} 已损坏，无法读取（{1}）。请在电子表格程序中打开并重新保存。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>{0} 已损坏或不完整（不是可读取的工作簿）。请重新索取该文件，或打开后重新保存。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>{0} 已损坏或不完整（无法读取部件 {1}）。</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>{0} 已损坏：缺少工作表数据。</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} 为空。</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} 为旧版 Excel 97–2003 (.xls) 格式。请在电子表格程序中打开它，并另存为 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} 不是 UTF-8 文本。请将其另存为“CSV UTF-8(逗号分隔)”后重试。</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} 不是日期</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} 不是本应用程序可读取的电子表格（请使用 .xlsx、.ods 或 UTF-8 编码的 .csv）。</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>{0} 不是格式正确的 CSV 文件（{1}）。</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>{0} 受密码保护（已加密），因此无法读取。请打开它，删除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密），然后重新保存。</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>{0} 受密码保护（已加密），因此无法读取。请删除密码后重新保存。</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>{0} 过大或嵌套过深，无法读取。</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>{0} 大小为 {1} MB；超过 {2} MB 的文件不予导入。请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>有 {0} 行的冲突尚待解决（保留数据库中的值或采用合作伙伴的值）；未写入任何内容。</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>有 {0} 行存在错误。请修正文件，或选择跳过这些行；未写入任何内容。</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>{0} 打开后将展开为 {1} MB，超过 {2} MB 的上限；因可能是 zip 炸弹而被拒绝。</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>{0}：导出后在数据库中和文件中均已更改；请选择要保留的值。</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>{0}：工作表“{1}”超过 {2} 行，即单次导入的上限。请拆分该文件。</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}：{1}。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>跳过的错误</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}，操作人：{1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>要恢复导入批次 {0}（{1}）所替换的值吗？</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>正在撤销导入批次 {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>新增 {0}，更新 {1}，未变 {2}，冲突 {3}，错误 {4}。在您应用之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>有更改、冲突或错误的行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>全部保留数据库中的值</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>全部采用文件中的值</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>保留数据库中的值</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>有错误的行：请修正文件，或跳过这些行。</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>请为每个冲突选择一个值。</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>错误（{0}）：{1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>警告（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>导出此列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>已将 %n 行写入 {0}。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>筛选{0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文本筛选</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>添加新记录 (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>文档(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>联络人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>更新(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>相关记录(&amp;T)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0}起</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0}止</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>任意{0}</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>按{0}筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>导出所选内容(&amp;X)…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>要删除{0}“{1}”吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>无法删除“{0}”，因为其他记录仍引用它：{1}。请先删除这些记录或为其另行指定。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>正在取消…不会保留任何部分。</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>正在打开数据库…稍后即可修改此列表。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>请先保存或还原尚未保存的更改，再撤消已保存的更改。</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>新建记录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>同步冲突(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>将捐助方报告导出为 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>导出此列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>您在历史中的名称(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>{1}(&amp;{0})</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>关于 {0}(&amp;A)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名称</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>记录在您更改历史中的名称：</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>从现在起，更改将以“{0}”的名义记录。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>UNCCD Partnerships 数据库 (*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships 数据库 (*.unccd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>服务器数据库请使用服务器自身的工具备份。</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>导出捐助方报告(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>导出合作伙伴更新工作簿(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>导入工作簿(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>合并到另一个合作伙伴</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>要保留的合作伙伴的名称或缩写</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>要保留的合作伙伴</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>将“{0}”合并到(&amp;I)：</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>所选合作伙伴将被保留。引用“{0}”的内容将改为引用它，“{0}”将被删除；其历史保留在所保留的合作伙伴中。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>最新的备份是 {0}。恢复该备份时，当前文件会保留在其旁边。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>合并到另一个合作伙伴(&amp;M)…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>将此合作伙伴并入同一组织的另一条记录</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>合并合作伙伴</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>“{0}”中为空的字段将采用“{1}”的值，“{1}”的名称将保留在“{0}”的其他名称中。合并无法撤消。</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>“{0}”已合并到此合作伙伴。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>%n 位联络人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 项协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>%n 项作为捐助方的倡议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n 项交付成果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>%n 条合作伙伴更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>%n 份已发送的更新工作簿</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>没有任何内容引用“{0}”。它将被删除；其历史保留在“{1}”中。</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和 {1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>{0}将从“{1}”转到“{2}”。“{1}”将被删除；其历史保留在“{2}”中。</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>合作伙伴报告的更新</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批次 {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>合作伙伴在其交回的更新工作簿中报告的内容。意见由合作伙伴自行填写；交付成果的备注从不发送给合作伙伴。</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>合作伙伴尚未提供任何更新。</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>导出合作伙伴更新工作簿</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>（选择合作伙伴）</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>请选择要导出其工作簿的合作伙伴。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>您在此计算机上的用户名</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>启动时显示需要关注的事项</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>自动同步，间隔(&amp;Y)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>自动同步的间隔分钟数</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>您在历史中的名称：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>提醒即将到期的协议，提前：</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>提醒即将到期的交付成果，提前：</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>新数据库所在文件夹：</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>团队服务器：</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>续签通知期更长的协议从通知期开始时即列出。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>新数据库所在文件夹</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取{0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>将捐助方报告导出为 PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>（选择捐助方）</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>捐助方：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>请选择要导出其报告的捐助方。</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>%n 页</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>捐助方报告已导出</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>PDF（{0}）已保存为 {1}。</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — 打印于 {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>概览：{0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>文本：“{0}”</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>筛选条件：{0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>无记录。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>确认后删除此记录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>保存并关闭 (Enter 或 Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>不保存即关闭 (Esc)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>要关闭且不保存对{0}的更改吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>要删除{0}“{1}”吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存更改 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>放弃尚未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>编辑器状态</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;I)</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>{0}有问题</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>更改尚未保存。</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>新建{0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0}（副本）</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>添加{0}“{1}”</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>编辑“{1}”的{0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>未保存：有日期不完整或无效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>您编辑期间，{0}更改了此记录。对方的更改已填入表单（已标出）；您尚未保存的更改仍予保留。</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>此记录已被{0}删除。您的更改仍在显示：请复制所需内容。</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>该记录已被{0}删除。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>已被{0}更新；现显示当前版本。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>您的导入（批次 {0}）</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>您撤销的导入批次 {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>已被{1}改为“{0}”。保留您的值，还是采用对方的值？</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>您（在另一个窗口中）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>已被{0}更改。</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>保存前，请为每个标出的字段选择您的值或对方的值：{0}。</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>已保留您的值。</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>已采用对方的值。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>未保存：有 %n 个问题需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>要保存对{0}的更改吗？</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>新记录</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>逾期：截止日期已过，尚未交付</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>打开此记录</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>打开关联记录</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>各方</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>修订或续签</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>修订或续签本协议的协议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>按 Enter 键或双击即可打开该记录。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>RowsWidget</name>
    <message>
        <source>Tab walks the cells of the current row, then leaves the table; {0} / {1} go to the row above / below.</source>
        <translation>Tab 键依次经过当前行的各个单元格，然后离开表格；{0} / {1} 转到上一行 / 下一行。</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>在当前行下方添加一行 ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>删除行(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>删除当前行 ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>将当前行上移 ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>将当前行下移 ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>搜索合作伙伴、缩写、联络人、协议、项目、交付成果…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>请至少输入两个字符。按 Enter 打开，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>按 Enter 打开所选记录。</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>未找到与“{0}”相关的内容。</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>显示全部 (向下键)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>没有与“{0}”匹配的条目</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>没有条目</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>“{0}”不是已知的国家代码</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>“{0}”不是有效的数据库地址。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>“{0}”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>“{0}”不在参考列表中</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>“{0}”不是以下值之一：{1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>没有适用于 {0} 的数据库驱动程序：{1}。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>未安装 PostgreSQL 驱动程序：要使用服务器，请安装 unccd-desktop[postgresql]。</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>无法创建备份：{0}。</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>无法将备份恢复到 {0}：{1}。</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>无法将备份写入 {0}：磁盘已满或出现故障（{1}）。请释放一些空间或选择其他位置后重试。</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>无法将备份写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>备份文件不能是数据库本身。</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>{0} 的备份为空。</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>要恢复的备份不能是数据库本身。</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>无法打开数据库 {0}：请检查该文件及其文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>无法使用数据库 {0}：{1}</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>数据库 {0} 已损坏，无法读取。请打开其他文件，或恢复最新备份（unccd-desktop db restore --db FILE）。</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>数据库 {0} 为空（0 字节）：写入中断或从未写入。请打开其他文件，或恢复最新备份（unccd-desktop db restore --db FILE）。</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>数据库 {0} 正被其他程序（或另一个 UNCCD Partnerships 副本）使用，已锁定 {1} 秒。未做任何更改；请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>数据库 {0} 为只读。请将其复制到您有写入权限的文件夹，或更改其权限，然后重新打开。</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>存放 {0} 的磁盘报告了读写错误（可能已满或已移除）。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>架构升级已停止，因为它会留下 {0} 个失效引用（第一个在表 {1} 中）；数据库未被更改。</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>{0} 处没有备份文件。</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>{0} 处没有数据库文件。</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>存放 {0} 的磁盘已无剩余空间。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>此数据库由更新版本的 UNCCD Partnerships 创建（架构 {0}）。请安装该应用程序的最新版本以打开它。</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>您没有读取 {0} 的权限。</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>您的账户“{0}”无权读取团队数据库 {1}：请让其管理员为您授予一个级别（viewer、editor 或 admin）。</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>您的账户“{0}”无权管理团队服务器 {1} 的账户：请使用创建团队数据库的账户或 PostgreSQL 超级用户运行此操作。未作任何更改。</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>团队服务器 {0} 尚无访问级别：请先运行 unccd-desktop sync roles --server URL。</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>{0} 不是 UNCCD Partnerships 团队数据库：请先用 unccd-desktop db init --db URL 创建它。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>“{0}”不是访问级别：请使用 viewer、editor 或 admin。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>“{0}”不能作为工作人员的账户：以 pg_ 开头的名称以及组角色 unccd_viewer、unccd_editor 和 unccd_admin 均为保留名称。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>此计算机没有可保存 {0} 密码的密钥环。请改为将其保存在 PostgreSQL 密码文件（~/.pgpass）或服务文件（pg_service.conf）中；UNCCD Partnerships 不会将其存储在其他任何地方。</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>此计算机的密钥环未能保存 {0} 的密码（{1}）。请改为将其保存在 PostgreSQL 密码文件（~/.pgpass）或服务文件（pg_service.conf）中；UNCCD Partnerships 不会将其存储在其他任何地方。</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>已离职的联络人不能作为主要联络人</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>交付成果须属于某个项目或某项协议</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>协议“{0}”</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>修订或续签“{0}”</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>第 {0} 行，{1}：{2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>第 {0} 行：记录不存在</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>过长（最多 {0} 个字符）</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0}（修订）</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0}（{1} 年续签）</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0}（续签）</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>冲突 {0} 已解决。</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>文档 {0}（{1}）的文件既不在本机上，也不在服务器上。</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>无法连接团队服务器：{0} 未交换任何内容。</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>团队服务器的架构为 {0}，本机为 {1}：须先由管理员升级服务器（unccd-desktop db upgrade --db SERVER）。未交换任何内容。</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>团队服务器的架构为 {0}，本机为 {1}：请在本机上安装较新版本的 UNCCD Partnerships，然后重新同步。未交换任何内容。</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>团队服务器 {0} 中已有记录：只能发布到空服务器，或者改为从中克隆一个本地文件。</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>没有编号为 {0} 的冲突。</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>此处创建的合作伙伴与团队服务器上的合作伙伴都名为“{0}”：请先重命名您的合作伙伴，然后将其保留为另一条记录。</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>{0} 不是创建此本地副本的团队服务器：本地副本只与自己的服务器同步。未交换任何内容。</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>此数据库已经是团队服务器 {0} 的本地副本。</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>此数据库未连接到团队服务器：请先从服务器克隆一个本地文件，或将此数据库发布到空服务器。</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>您在团队服务器上的账户“{0}”只能读取，而本机有 {1} 项更改等待发送：请向服务器管理员申请编辑者权限（editor）。未交换任何内容。</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>{0} 已存在：请为本地副本另选一个文件名。</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>本机上有 {0} 项更改尚未到达团队服务器，且有 {1} 个冲突未解决：请先同步，或者仍然断开连接，团队将失去这些更改。</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>{0} 不是团队服务器数据库：管理员可用 unccd-desktop db init --db ADDRESS（PostgreSQL）创建。未交换任何内容。</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>已有其他合作伙伴使用此名称</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>已有其他项目使用此代码</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>请将文件附加到一项协议或一项交付成果</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>不能是本协议自身</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>交付成果“{0}”</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>文档“{0}”</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>联络人“{0}”</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>倡议“{0}”（捐助方）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>必须是以 http:// 或 https:// 开头的网址</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>不得小于 {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>不得大于 {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>填写预算时必须填写</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>不得早于实际开始日期</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>不得早于生效日期</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>不得早于计划开始日期</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>不得早于签署日期</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>不得早于提交日期</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>必须为“是”或“否”</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>不得低于 {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>不是 SHA-256 摘要（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>不是此记录的字段</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>不是有效日期（请使用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>项目“{0}”</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>第 {0} 行：结束年份早于开始年份</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>{0} 包含数据表，但不是 UNCCD Partnerships 数据库。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} 作为一方被列出两次</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} 在角色“{1}”中被列出两次</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>{0} 不是 UNCCD Partnerships 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>{0} 不是完整的 UNCCD Partnerships 备份。</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>{0} 不是可用的备份：{1}。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>此数据库未连接到团队服务器（文件 → 团队服务器…）。</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>正在与团队服务器同步…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>已同步：发送了 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>，接收了 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>；%n 个冲突等待您选择</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>团队服务器没有响应。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>同步失败（{0}）：{1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>已同步：{0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>团队服务器同步</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>上次同步失败：{0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>团队服务器：{0}</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>单击以解决冲突。</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>此数据库</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>待发送的更改：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>未解决的冲突：</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>团队服务器地址</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>您的 PostgreSQL 用户名写在 @ 之前。地址中输入的密码保存在此计算机的密钥环中，绝不会保存在数据库文件中。</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>克隆到新文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>新建一个包含服务器记录的本地文件并打开。</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>发布此数据库(&amp;P)…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>将此数据库放到一个空的团队服务器上；此文件随后成为该服务器的本地副本。</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>与服务器同步</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>发送此处所做的更改，然后接收团队的更改。</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>解决冲突(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>断开连接(&amp;D)…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>此文件成为独立数据库；服务器保留其记录。</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>{0} 的本地副本</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>团队服务器：本地副本连接到它，工作人员也可直接在其上工作。</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>独立：未连接到团队服务器。</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0}（上次尝试 {1} 失败：{2}）</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>请按 {0} 的格式输入服务器地址。</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>将新的本地文件另存为</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>UNCCD Partnerships 数据库 (*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>{0} 已存在；请为新文件另选一个名称。</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>正在将团队服务器的记录复制到 {0}…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>已从团队服务器创建本地文件 {0}。</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>发布此数据库</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>要将此数据库的所有记录放到团队服务器 {0} 上吗？</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>服务器必须为空。此文件随后成为服务器的本地副本：每次同步时，您的更改会发送到服务器，团队的更改会传回。</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>正在将此数据库发布到 {0}…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>此数据库现已在团队服务器上。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>此处所做的 %n 项更改尚未到达团队服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>有 %n 个冲突未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>断开连接后，此文件保留其记录，但永远不会发送这些更改：请先同步，以便团队保留它们。仍要断开连接吗？</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>要断开此文件与 {0} 的连接吗？</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>它将成为独立数据库；团队服务器保留其记录。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>此文件已不再连接到服务器。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>已重做：{0}。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>要撤消“{0}”吗？该记录将被删除。</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>与团队服务器的同步</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>重做(&amp;R)：{0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>撤消(&amp;U)：{0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>已撤消：{0}。</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>导入或恢复</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>导入批次 {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>撤销导入批次 {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>“{0}”已无法撤消或重做：该记录已被{1}更改。</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>未撤消“{0}”：该记录此后已被更改。</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>未撤消“{0}”：该记录此后已被删除。</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>{0} 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>此安装中缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>欢迎使用 {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>本应用程序记录《联合国防治荒漠化公约》的伙伴关系：合作伙伴、协议、倡议、项目及其交付成果。此计算机上尚无数据库。您希望如何开始？</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>浏览演示数据库</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>缔约方会议第十五届会议说明 ICCD/COP(15)/21 中所述的全球机制伙伴关系：可放心尝试各项功能。</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>建立您自己的伙伴关系登记册。</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开现有数据库…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>同事给您的文件，或来自另一台计算机的文件。</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>您的数据库及其备份保存在 {0}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>UNCCD Partnerships 数据库 (*.unccd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>数据库所在文件夹</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>联络人 ID</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>交付成果</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>交付成果 ID</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>证明材料链接</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>已离职（是/否）</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进展（%）</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>项目或协议</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>导入已作为批次 {0} 应用。</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>工作簿已保存为 {0}。</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>工作簿交换</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>工作簿已导出</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
</TS>
