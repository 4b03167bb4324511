<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
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
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>قائمة البلدان مأخوذة من lukes/ISO-3166-Countries-with-Regional-Codes، وهي مجمَّعة من المعيار M49 للأمم المتحدة ومن ISO 3166، ومرخَّصة بموجب &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. ورموز العملات هي قائمة رموز العملات لمبادرة IATI.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>تجديد(&amp;W)…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>بدء تجديد هذا الاتفاق: مسودة جديدة تبدأ مدتها بعد انتهاء مدته</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>تعديل(&amp;M)…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>بدء تعديل هذا الاتفاق: مسودة جديدة لها المدة نفسها</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>تجديد «{0}»</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>تعديل «{0}»</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>لم يُحفظ بعد: تحقق من التواريخ والأطراف والعنوان، ثم احفظ.</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>لم يُحفظ بعد: ليس للاتفاق المجدَّد تاريخ انتهاء، ولذا فالمدة الجديدة غير معروفة. أدخل تواريخه، وتحقق من الأطراف والعنوان، ثم احفظ.</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>اتفاق مجدَّد</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>«{0}» يجدِّد «{1}». هل تريد تغيير حالة «{1}» إلى «{2}»؟</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>تعليم «{0}» بأنه مجدَّد</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>لم يُعلَّم بأنه مجدَّد</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>النفاذ</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>آخر موعد للإخطار</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>الجدول الزمني للاتفاق</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>لا توجد تواريخ مسجَّلة.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>⁦{0}⁩ موجود بالفعل؛ اختر اسمًا آخر لقاعدة البيانات الجديدة.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>جارٍ فتح ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>قواعد بيانات UNCCD Partnerships ‏(*.unccd);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>استُعيدت النسخة الاحتياطية. ويُحتفظ بالملف الذي حلّت محله باسم ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>جارٍ استعادة أحدث نسخة احتياطية…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>ستُعرض اللغة الجديدة بعد انتهاء العمل الجاري.</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>لم تتغير اللغة: اختر أولًا لكل حقل مميَّز الإبقاء على قيمتك أو اعتماد قيمتهم.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>ما يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>فتح لوحة المتابعة (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>لا يوجد ناتج متأخر</numerusform>
            <numerusform>ناتج واحد متأخر</numerusform>
            <numerusform>ناتجان متأخران</numerusform>
            <numerusform>%n نواتج متأخرة</numerusform>
            <numerusform>%n ناتجًا متأخرًا</numerusform>
            <numerusform>%n ناتج متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>لا يوجد ناتج يحين موعده هذا الأسبوع</numerusform>
            <numerusform>ناتج واحد يحين موعده هذا الأسبوع</numerusform>
            <numerusform>ناتجان يحين موعدهما هذا الأسبوع</numerusform>
            <numerusform>%n نواتج يحين موعدها هذا الأسبوع</numerusform>
            <numerusform>%n ناتجًا يحين موعدها هذا الأسبوع</numerusform>
            <numerusform>%n ناتج يحين موعدها هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>لا يوجد اتفاق يحل موعد الإخطار بتجديده هذا الأسبوع</numerusform>
            <numerusform>اتفاق واحد يحل موعد الإخطار بتجديده هذا الأسبوع</numerusform>
            <numerusform>اتفاقان يحل موعد الإخطار بتجديدهما هذا الأسبوع</numerusform>
            <numerusform>%n اتفاقات يحل موعد الإخطار بتجديدها هذا الأسبوع</numerusform>
            <numerusform>%n اتفاقًا يحل موعد الإخطار بتجديدها هذا الأسبوع</numerusform>
            <numerusform>%n اتفاق يحل موعد الإخطار بتجديدها هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>لا يوجد اتفاق ينتهي هذا الأسبوع</numerusform>
            <numerusform>اتفاق واحد ينتهي هذا الأسبوع</numerusform>
            <numerusform>اتفاقان ينتهيان هذا الأسبوع</numerusform>
            <numerusform>%n اتفاقات تنتهي هذا الأسبوع</numerusform>
            <numerusform>%n اتفاقًا تنتهي هذا الأسبوع</numerusform>
            <numerusform>%n اتفاق تنتهي هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>يحتاج إلى متابعة: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>مواعيد الإخطار بالتجديد وتواريخ انتهاء الاتفاقات الموقَّعة والسارية، ومواعيد تسليم النواتج المفتوحة، في شكل أحداث تستغرق اليوم كله لبرنامج Outlook أو Thunderbird أو أي تقويم آخر. وعند استيراد ملف أحدث، تُحدَّث الأحداث التي سبق أن أضافها الملف بدلًا من تكرارها.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>جميع الشركاء</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>جميع التواريخ من اليوم فصاعدًا</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>الأيام الـ %n القادمة</numerusform>
            <numerusform>اليوم القادم</numerusform>
            <numerusform>اليومان القادمان</numerusform>
            <numerusform>الأيام الـ %n القادمة</numerusform>
            <numerusform>الأيام الـ %n القادمة</numerusform>
            <numerusform>الأيام الـ %n القادمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>حفظ التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>ملف iCalendar ‏(*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>جارٍ كتابة التقويم…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>عدد تواريخ التذكير المكتوبة في ⁦{0}⁩: %n</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>اكتب للتصفية…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>اكتب للتصفية؛ ويُدخلك السهم لأسفل إلى القائمة، وفيها يحدد مفتاح المسافة أي بند</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإبقاء على نسختي(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>الإبقاء على نسختي سجلًا منفصلًا(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>أخذ نسخة الخادم(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>أخذ نسخة الخادم ودمج نسختي فيها(&amp;T)</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>يبقى السجلان كلاهما: فهما لا يخصان الشريك نفسه.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>عُدِّل هنا وحُذف على الخادم</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>عُدِّل في الجانبين</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>حُذف هنا وعُدِّل على الخادم</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>يُرسَل التغيير مجددًا في المزامنة التالية (بعد تصحيح ما رفضه الخادم).</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>يُتخلّى عن التغيير الذي أُجري هنا؛ ويأخذ السجل قيم الخادم.</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>يعود السجل إلى هنا كما هو على الخادم.</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>يعود السجل إلى الخادم مع التغييرات التي أُجريت هنا.</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>يُحذف السجل هنا أيضًا.</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>يُحذف السجل على الخادم أيضًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>يُدمَج السجل الذي أُنشئ هنا في سجل الخادم: تنتقل روابطه وسجل تغييراته إلى سجل الخادم، وتُزال النسخة التي أُنشئت هنا.</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>تُوضع هنا قيمة الخادم، ويُتخلّى عن القيمة التي كُتبت هنا.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>تُرسَل قيمة هذا الحاسوب إلى الخادم في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات غير المحلولة</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>قبل التغييرين</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>نسختي (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>نسخة الخادم (خادم الفريق)</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>القيم في الجانبين</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>سجل التغييرات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>سجل التغييرات على خادم الفريق</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>السجل بأكمله</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
            <numerusform>عدد التغييرات التي أُجريت هنا وتختلف عن خادم الفريق: %n. يحتفظ الخادم بقيمته إلى أن تختار؛ ويُرسَل اختيارك في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>لا يوجد تعارض ينتظر اختيارك.</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>عُدِّل «{0}» هنا وعلى خادم الفريق بقيمتين مختلفتين.</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>حُذف هذا السجل هنا وعُدِّل على خادم الفريق.</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>عُدِّل هذا السجل هنا وحُذف على خادم الفريق.</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>أُنشئ هذا الشريك هنا باسم شريك موجود بالفعل على خادم الفريق أو باسمه المختصر.</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>لم يقبل خادم الفريق التغيير الذي أُجري هنا.</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(لا يوجد سجل)</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>جارٍ قراءة سجل التغييرات على خادم الفريق…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>يتعذر عرض سجل التغييرات على الخادم: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>ما يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>الأيام المنقضية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>النواتج المتأخرة</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>السجلات حسب الحالة</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>النواتج حسب المبادرة</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>النواتج حسب الجهة المانحة</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>اتفاقات قاربت على الانتهاء (مهلة الإخطار بالتجديد أو {0} يومًا)</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>نواتج يحين موعد تسليمها خلال {0} يومًا</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>لا يوجد اتفاق ينتهي قريبًا.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>لا يوجد شيء متأخر.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>لا شيء يحين موعده خلال الأيام الـ {0} القادمة.</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>لا يوجد اتفاق موقَّع أو ساري تجاوز تاريخ انتهائه.</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>لكل اتفاق موقَّع أو ساري تاريخ انتهاء.</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
            <numerusform>اتفاقات سارية تجاوزت تاريخ انتهائها (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
            <numerusform>اتفاقات بلا تاريخ انتهاء (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>اختيار التاريخ من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>بلا تاريخ (Delete)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>«{0}» ليس تاريخًا. اكتبه بالصيغة {1} أو {2}، أو اضغط Delete لتركه فارغًا.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>مسح التاريخ</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>الوثائق المرفقة</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>أفلت الملفات هنا لإرفاقها.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>إرفاق(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;X)</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>احفظ السجل قبل إرفاق الوثائق.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>إرفاق وثائق</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>فتح الوثيقة</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>إزالة الوثيقة</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>هل تريد إزالة {0} من هذا السجل؟</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>تصدير تقرير الجهة المانحة</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>جميع الشراكات</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>جهة مانحة واحدة:</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>مبادرة واحدة:</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(اختر جهة مانحة)</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(اختر مبادرة)</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>اختر الجهة المانحة التي تريد تصدير تقريرها.</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>اختر المبادرة التي تريد تصدير تقريرها.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>النواتج</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>أمانة اتفاقية</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي المدة</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>جهة وسيطة</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>في مرحلة الاستكمال</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>مؤسسة مالية</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>جهة ممولة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>تمويل</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>نشاط تمكيني لمرفق البيئة العالمية</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>جهة منفذة</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>تنفيذ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>شراكة غير رسمية</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>رسالة اتفاق</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائط الإعلام</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>مذكرة تفاهم متعددة الأطراف</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>إعداد المشاريع</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>مجدَّد</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>مؤسسة بحثية</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>طرف موقِّع</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>دراسة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>منهى</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>حدث خلل داخل {0}. بياناتك المحفوظة سليمة. يُرجى إرسال التفاصيل أدناه إلى الجهة التي تتولى دعم التطبيق.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>نسخ التفاصيل(&amp;C)</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>سُجِّلت أيضًا في ⁦{0}⁩</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>الملف ⁦{0}⁩ غير موجود.</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>ليس لديك إذن باستخدام ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>تاريخ الانتهاء الفعلي</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>تاريخ البدء الفعلي</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>الجهات المانحة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>الركائز</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>تاريخ الانتهاء المقرر</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>تاريخ البدء المقرر</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>المعرّف الفريد (UUID)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>بلد المقر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>معرّف IATI للمنظمة</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>أسماء أخرى (اسم في كل سطر)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>تاريخ النفاذ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>مهلة الإخطار بالتجديد (بالأيام)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>الدليل (عنوان شبكي)</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>الشريك المسؤول</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>يعدِّل أو يجدِّد</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>النواتج</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>مكان الإطلاق</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>جهة الاتصال الرئيسية</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>لا يزال في منصبه</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>اسم الموقِّع</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>سنة الانتهاء</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد قيمتهم</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>جهات الاتصال لدى هذا الشريك</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>إضافة جهة اتصال(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>سجل تغييرات هذا السجل</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>«{0}» ملتبس (قد يكون اليوم والشهر معكوسين)؛ اكتبه بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«{0}» ليس تاريخًا (اكتبه بالصيغة YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>«{0}» ليس نسبة مئوية</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>«{0}» ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>«{0}»: يجب أن تكون القيمة نعم أو لا</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>«{0}» في موضع يُتوقع فيه تاريخ</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>«{0}» في موضع يُتوقع فيه عدد</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>صف فارغ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>محتوى متجاهَل</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>ملف مرفوض</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>تم تجاهل الروابط إلى مصنفات أخرى.</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>عمود مفقود</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>لا يمكن إضافة جهات اتصال جديدة إلا في مصنف تحديث الشريك (فهو يبيّن الشريك الذي تتبعه جهات الاتصال).</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>صف جديد مرفوض</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>لا يوجد ناتج بالمعرّف ⁦{0}⁩ (ربما حُذف من قاعدة البيانات بعد التصدير).</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>لا يوجد سجل تصدير</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>لا توجد جهة اتصال بالمعرّف ⁦{0}⁩ (ربما حُذفت من قاعدة البيانات بعد التصدير).</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>لا توجد في هذا الملف ورقة تضم نواتج أو جهات اتصال بالأعمدة المتوقعة (مثل «⁦Deliverable ID⁩» و«⁦Status⁩»).</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>لم يُطبَّق</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>لم يُجرَّب</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>إصدار مخطط مختلف</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>عمود مكرر</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>سجل مكرر</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>لا تحتوي الورقة «⁦{0}⁩» على العمود «⁦{1}⁩»، فلا يمكن مطابقة صفوفها مع السجلات؛ ولم تُستورد.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>لم تُستورد الورقة «⁦{0}⁩»: فهي لا تضم أعمدة للنواتج أو لجهات الاتصال.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>الورقة «⁦{0}⁩»: توقفت القراءة عند الصف {1} بعد {2} من الصفوف الفارغة.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>الورقة «⁦{0}⁩»: يتكرر العمود «⁦{1}⁩» مرتين؛ واستُخدم الأول.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>الورقة «⁦{0}⁩»: العمود «⁦{1}⁩» ليس من الأعمدة التي يقرؤها هذا الاستيراد؛ وقد تم تجاهله.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>الورقة «⁦{0}⁩»: لا تحتوي {1} من الصفوف على أي شيء في الأعمدة المستوردة (أولها الصف {2})؛ وقد تُخطِّيت.</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>ورقة متجاهَلة</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>رفضت قاعدة البيانات هذه القيم (⁦{0}⁩).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>الورقة «⁦{0}⁩»: العمود «⁦{1}⁩» يحتوي على تعليقات الشريك، ولا تُقرأ هذه التعليقات إلا من مصنف تحديث الشريك؛ وقد تم تجاهله.</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>يحتوي ⁦{0}⁩ على الورقة المخفية لمصنف تحديث الشريك، لكنها لا تذكر أي تصدير: فقد عُدِّلت الورقة، ولذلك لا يمكن مطابقة الملف مع ما أُرسل. صدِّر مصنفًا جديدًا للشريك.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>يذكر ⁦{0}⁩ التصدير ⁦{1}⁩، الذي لم تُجرِه قاعدة البيانات هذه (هل صُدِّر من نسخة أخرى من قاعدة البيانات؟). ولا يمكن مطابقته مع ما أُرسل، ولذلك لا يُستورد.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>يذكر ⁦{0}⁩ التصدير ⁦{1}⁩، لكنه لا يذكر الشريك الذي أُجري له هذا التصدير: فقد عُدِّلت ورقته المخفية، ولذلك لا يُستورد. صدِّر مصنفًا جديدًا للشريك.</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>⁦{0}⁩ ⁦{1}⁩ ليس من السجلات التي أُرسل بها هذا المصنف؛ فمصنف تحديث الشريك لا يغيّر إلا سجلات شريكه، ولذلك لا يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>⁦{0}⁩ مصنف رُتِّبت أجزاؤه بطريقة لا يقرؤها هذا التطبيق. افتحه في برنامج جداول البيانات لديك واحفظه مجددًا بتنسيق مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ ملف PDF وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ صورة ⁦{1}⁩ وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>⁦{0}⁩ أرشيف ⁦{1}⁩ وليس جدول بيانات. استخرج المصنف منه واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ مستند Word وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ عرض تقديمي بتنسيق PowerPoint وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ مستند نصي أو رسم أو عرض تقديمي بتنسيق OpenDocument وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ ملف Microsoft Office قديم لا يحتوي على مصنف (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ أرشيف ZIP لا يحتوي على مصنف (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>⁦{0}⁩ أرشيف ZIP يحتوي على ⁦{1}⁩: استخرج ذلك الملف واستورده.</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>⁦{0}⁩ صفحة ويب (HTML) وليس جدول بيانات. إذا قدّمه موقع ويب على أنه جدول بيانات، فافتحه في برنامج جداول البيانات لديك واحفظه بتنسيق مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>⁦{0}⁩ جدول بيانات XML بتنسيق Excel 2003. افتحه في برنامج جداول البيانات لديك واحفظه بتنسيق مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ ملف XML وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ ملف JSON وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ مستند نص منسق (RTF) وليس جدول بيانات (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>⁦{0}⁩ نص بترميز UTF-16 (نص Unicode). احفظه بتنسيق «CSV UTF-8 (محدد بفواصل)» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>⁦{0}⁩ ملف نصي وليس مصنف Excel؛ وإذا كان ملفًا مصدَّرًا بتنسيق CSV، فاجعل امتداده ⁦.csv⁩.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>⁦{0}⁩ ملف نصي وليس جدول بيانات OpenDocument؛ وإذا كان ملفًا مصدَّرًا بتنسيق CSV، فاجعل امتداده ⁦.csv⁩.</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>⁦{0}⁩ ملف نصي وليس جدول بيانات؛ وإذا كان ملفًا مصدَّرًا بتنسيق CSV، فاجعل امتداده ⁦.csv⁩.</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>تعذَّرت تجربة الصفوف على قاعدة البيانات ({0})؛ وستُفحص مجددًا عند التطبيق.</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>يحتوي المصنف على وحدات ماكرو؛ ولم تُشغَّل.</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>صُدِّر المصنف من إصدار آخر لمخطط قاعدة البيانات ({0}؛ وهذه القاعدة في الإصدار {1})؛ وتُقرأ أعمدته بأسمائها كالمعتاد.</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>لا يوجد ملف في ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>يرد هذا المعرّف أيضًا في الصف {0}؛ ولا يجوز أن يرد كل سجل إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>جهة الاتصال هذه تتبع شريكًا آخر.</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>لا يحمل هذا الملف سجل تصدير: تُقارَن التغييرات بقاعدة البيانات كما هي الآن، فلا يمكن تمييز التعديلات التي أُجريت في الأثناء.</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>سبق استيراد هذا الملف (الدفعة {0}).</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>تغيّر هذا السجل في قاعدة البيانات أثناء قراءة الملف؛ اعرض معاينة الملف مجددًا.</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>لا يحتوي هذا الصف على معرّف الناتج (⁦Deliverable ID⁩)؛ ولا يمكن إضافة نواتج جديدة من مصنف.</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>عمود غير معروف</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>سجل غير معروف</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>قيمة غير مقروءة</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>قيمة مرفوضة</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>ليس لديك إذن بقراءة ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>يلزم اسم لجهة الاتصال الجديدة</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>إشارة إلى النص رقم {0}، وهو غير موجود في الملف</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>لا يجوز تركه فارغًا</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>يحتوي على صيغة لم تُحسب نتيجتها قط؛ افتح الملف في Excel أو LibreOffice واحفظه مجددًا، أو اكتب القيمة</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>ليس تاريخًا</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>يجب أن يكون نسبة مئوية من 0 إلى 100</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>تغيّر ⁦{0}⁩ منذ المعاينة؛ اعرض معاينته مجددًا.</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} حرفًا، وهو أكثر من الحد الذي تتسع له خلية جدول البيانات ({1})</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>يحتوي ⁦{0}⁩ على تعريفات كيانات XML، وهي لا تلزم المصنفات أبدًا؛ ولذا رُفض لأنه غير آمن.</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>يحتوي ⁦{0}⁩ على جزء مضغوط {1} مرة، وهو ما يتجاوز كثيرًا أي مصنف حقيقي؛ ولذا رُفض لاحتمال أن يكون قنبلة zip.</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>يضم ⁦{0}⁩ عددًا من الأجزاء ({1}) أكبر من أن يكون مصنفًا عاديًا.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>⁦{0}⁩ مجلد وليس جدول بيانات.</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>⁦{0}⁩ مصنف Excel ثنائي ‏(.xlsb). افتحه في برنامج جداول البيانات لديك واحفظه بتنسيق مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>⁦{0}⁩ تالف ولا يمكن قراءته (XML غير سليم البنية أو غير آمن: ⁦{1}⁩).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>⁦{0}⁩ تالف ولا يمكن قراءته ({1}). افتحه في برنامج جداول البيانات لديك واحفظه مجددًا.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>⁦{0}⁩ تالف أو غير مكتمل (ليس مصنفًا يمكن قراءته). اطلب الملف مجددًا، أو افتحه وأعد حفظه.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>⁦{0}⁩ تالف أو غير مكتمل (لا يمكن قراءة الجزء ⁦{1}⁩).</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>⁦{0}⁩ تالف: بيانات أوراقه مفقودة.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>⁦{0}⁩ فارغ.</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>⁦{0}⁩ بتنسيق Excel 97–2003 القديم (.xls). افتحه في برنامج جداول البيانات لديك واحفظه بتنسيق مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>⁦{0}⁩ ليس نصًا بترميز UTF-8. احفظه بتنسيق «CSV UTF-8 (محدد بفواصل)» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} ليس تاريخًا</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} ليس نسبة مئوية من 0 إلى 100</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>⁦{0}⁩ ليس جدول بيانات يمكن لهذا التطبيق قراءته (استخدم ⁦.xlsx⁩ أو ⁦.ods⁩ أو ⁦.csv⁩ بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>⁦{0}⁩ ليس ملف CSV سليم البنية (⁦{1}⁩).</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>⁦{0}⁩ محمي بكلمة مرور (مشفَّر)، ولذا لا يمكن قراءته. افتحه وأزل كلمة المرور (ملف ← معلومات ← حماية المصنف ← تشفير باستخدام كلمة مرور) ثم احفظه مجددًا.</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>⁦{0}⁩ محمي بكلمة مرور (مشفَّر)، ولذا لا يمكن قراءته. أزل كلمة المرور ثم احفظه مجددًا.</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>⁦{0}⁩ أكبر من أن يُقرأ أو متداخل بعمق مفرط.</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>حجم ⁦{0}⁩ هو {1} ميغابايت؛ ولا تُستورد الملفات التي يزيد حجمها على {2} ميغابايت. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>توجد تعارضات لم تُحسم بعد في {0} من الصفوف (الإبقاء على قيمة قاعدة البيانات أو اعتماد قيمة الشريك)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>توجد أخطاء في {0} من الصفوف. صحّح الملف أو اختر تخطي تلك الصفوف؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>سيتمدد ⁦{0}⁩ عند فتحه إلى {1} ميغابايت، متجاوزًا الحد البالغ {2} ميغابايت؛ ولذا رُفض لاحتمال أن يكون قنبلة zip.</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>⁦{0}⁩: عُدِّل في قاعدة البيانات منذ التصدير وفي الملف؛ اختر القيمة التي تريد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>⁦{0}⁩: تضم الورقة «⁦{1}⁩» أكثر من {2} صف، وهو الحد الأقصى لعملية استيراد واحدة. قسّم الملف.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>⁦{0}⁩: {1}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>الأخطاء المتخطاة</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>إلغاء(&amp;V)…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} بواسطة {1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>هل تريد استعادة القيم التي استبدلتها دفعة الاستيراد {0} ({1})؟</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>جارٍ إلغاء دفعة الاستيراد {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>استيراد ⁦{0}⁩</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>جديد: {0}، معدَّل: {1}، دون تغيير: {2}، تعارضات: {3}، أخطاء: {4}. لن يُكتب شيء قبل أن تطبّق.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>الصفوف التي فيها تغييرات أو تعارضات أو أخطاء</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>جميع الصفوف</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>الإبقاء على جميع قيم قاعدة البيانات</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>اعتماد جميع قيم الملف</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>عند التصدير</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>تخطي الصفوف التي فيها أخطاء</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>الإبقاء على قيمة قاعدة البيانات</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>اعتماد قيمة الملف</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>توجد صفوف فيها أخطاء: صحّح الملف أو تخطَّ هذه الصفوف.</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>اختر قيمة لكل تعارض.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>جارٍ استيراد ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>خطأ ({0}): {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>تحذير ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>تصدير هذه القائمة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>تعذَّرت كتابة ⁦{0}⁩: ⁦{1}⁩.</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>عدد الصفوف المكتوبة في ⁦{0}⁩: %n.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>جارٍ كتابة ⁦{0}⁩…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>تصفية {0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>تصفية النص</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد(&amp;N)</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>إضافة سجل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>نسخ مكرر(&amp;U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف السجل المحدد</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>الوثائق(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>جهات الاتصال(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>التحديثات(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>ذات الصلة(&amp;R)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخر فقط</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} من</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0} حتى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>{0}: الكل</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>تصفية حسب {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>تصدير التحديد(&amp;X)…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>هل تريد حذف {0} ‏«{1}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذر الحذف</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ولا شيء غير ذلك</numerusform>
            <numerusform> وسجل آخر</numerusform>
            <numerusform> وسجلان آخران</numerusform>
            <numerusform> و%n سجلات أخرى</numerusform>
            <numerusform> و%n سجلًا آخر</numerusform>
            <numerusform> و%n سجل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>لا يمكن حذف «{0}» لأن سجلات أخرى لا تزال تشير إليه: {1}. احذف تلك السجلات أو أعد إسنادها أولًا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>جارٍ فتح ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>جارٍ فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: ⁦{0}⁩</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات جديدة(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>فتح قاعدة بيانات(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ملف حديث(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>نسخ احتياطي الآن(&amp;B)…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>جارٍ الإلغاء… لن يُحتفظ بشيء منه.</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>جارٍ فتح قاعدة البيانات… ستصبح القائمة قابلة للتعديل بعد لحظات.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>احفظ التغييرات غير المحفوظة أو أرجعها قبل التراجع عن التغييرات المحفوظة.</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>سجل جديد(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>خادم الفريق(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن(&amp;S)</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>تعارضات المزامنة(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>تصدير تقرير الجهة المانحة بتنسيق PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>تصدير التقويم(&amp;C)…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>تصدير هذه القائمة(&amp;L)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>طباعة(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>بحث(&amp;S)…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>اسمك في سجل التغييرات(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>حول {0}(&amp;A)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>الاسم المسجَّل في سجل تغييراتك:</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>ستُسجَّل التغييرات من الآن فصاعدًا باسم «{0}».</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>قواعد بيانات UNCCD Partnerships ‏(*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>قواعد بيانات UNCCD Partnerships ‏(*.unccd);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>انسخ قاعدة بيانات الخادم احتياطيًا بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>النسخ الاحتياطي إلى</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>نُسخت احتياطيًا إلى ⁦{0}⁩</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>تصدير تقرير الجهة المانحة(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>تصدير مصنف تحديث الشريك(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>استيراد مصنف(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>الدمج في شريك آخر</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>اسم الشريك المراد الإبقاء عليه أو اسمه المختصر</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>الشريك المراد الإبقاء عليه</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>دمج «{0}» في(&amp;I):</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>يُبقى على الشريك المختار. وكل ما يشير إلى «{0}» سيشير إليه، وسيُحذف «{0}»؛ ويبقى سجل تغييراته مع الشريك الذي أُبقي عليه.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>دمج(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>أحدث نسخة احتياطية هي ⁦{0}⁩. وتُبقي استعادتها الملف الحالي بجانبها.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>الدمج في شريك آخر(&amp;M)…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>دمج هذا الشريك في سجل آخر للمنظمة نفسها</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>دمج(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>دمج الشركاء</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>تأخذ حقول «{0}» الفارغة قيم «{1}»، ويبقى اسم «{1}» ضمن الأسماء الأخرى لـ«{0}». ولا يمكن التراجع عن الدمج.</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>دُمج «{0}» في هذا الشريك.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>لم يتم الدمج</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>لا توجد جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>لا يوجد اتفاق</numerusform>
            <numerusform>اتفاق واحد</numerusform>
            <numerusform>اتفاقان</numerusform>
            <numerusform>%n اتفاقات</numerusform>
            <numerusform>%n اتفاقًا</numerusform>
            <numerusform>%n اتفاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>لا يوجد مشروع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%n مشاريع</numerusform>
            <numerusform>%n مشروعًا</numerusform>
            <numerusform>%n مشروع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>لا توجد مبادرة بصفته جهة مانحة</numerusform>
            <numerusform>مبادرة واحدة بصفته جهة مانحة</numerusform>
            <numerusform>مبادرتان بصفته جهة مانحة</numerusform>
            <numerusform>%n مبادرات بصفته جهة مانحة</numerusform>
            <numerusform>%n مبادرة بصفته جهة مانحة</numerusform>
            <numerusform>%n مبادرة بصفته جهة مانحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>لا يوجد ناتج</numerusform>
            <numerusform>ناتج واحد</numerusform>
            <numerusform>ناتجان</numerusform>
            <numerusform>%n نواتج</numerusform>
            <numerusform>%n ناتجًا</numerusform>
            <numerusform>%n ناتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>لا يوجد تحديث من الشريك</numerusform>
            <numerusform>تحديث واحد من الشريك</numerusform>
            <numerusform>تحديثان من الشريك</numerusform>
            <numerusform>%n تحديثات من الشريك</numerusform>
            <numerusform>%n تحديثًا من الشريك</numerusform>
            <numerusform>%n تحديث من الشريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>لا يوجد مصنف تحديث مرسل</numerusform>
            <numerusform>مصنف تحديث واحد مرسل</numerusform>
            <numerusform>مصنفا تحديث مرسلان</numerusform>
            <numerusform>%n مصنفات تحديث مرسلة</numerusform>
            <numerusform>%n مصنف تحديث مرسلًا</numerusform>
            <numerusform>%n مصنف تحديث مرسل</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>لا شيء يشير إلى «{0}». وسيُحذف، ويبقى سجل تغييراته مع «{1}».</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} و{1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>سينتقل من «{1}» إلى «{2}»: {0}. وسيُحذف «{1}»، ويبقى سجل تغييراته مع «{2}».</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>التحديثات التي أبلغ عنها الشريك</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>الدفعة {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>ما أبلغ عنه الشريك في مصنفات التحديث التي أعادها. تعليقاته خاصة به؛ ولا تُرسل إليه أبدًا ملاحظات الناتج.</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>لا توجد تحديثات من الشريك حتى الآن.</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>تصدير مصنف تحديث الشريك</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(اختر شريكًا)</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>اختر الشريك الذي تريد تصدير مصنفه.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>اسم المستخدم الخاص بك على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>عرض ما يحتاج إلى متابعة عند بدء التشغيل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>المزامنة تلقائيًا كل(&amp;Y)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>عدد الدقائق بين عمليات المزامنة التلقائية</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>اسمك في سجل التغييرات:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>تذكيري بالاتفاقات التي تنتهي خلال:</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>تذكيري بالنواتج التي يحين موعدها خلال:</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>مجلد قواعد البيانات الجديدة:</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>خادم الفريق:</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>يُدرج الاتفاق الذي له مهلة إخطار بالتجديد أطول اعتبارًا من بداية تلك المهلة.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>مجلد قواعد البيانات الجديدة</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>معاينة الطباعة: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>جارٍ قراءة {0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>تصدير تقرير الجهة المانحة بتنسيق PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(اختر جهة مانحة)</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>الجهة المانحة:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>اختر الجهة المانحة التي تريد تصدير تقريرها.</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>عدد الصفحات: %n</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>تم تصدير تقرير الجهة المانحة</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>حُفظ ملف PDF ({0}) باسم ⁦{1}⁩.</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — طُبع في {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>الصفحة {0} من {1}</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>لوحة المتابعة: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: ⁦{0}⁩</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>النص: «{0}»</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>عوامل التصفية: {0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>لا توجد سجلات.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذف(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>حذف هذا السجل، بعد طلب التأكيد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>حفظ وإغلاق (Enter أو Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>إغلاق دون حفظ (Escape)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>هل تريد الإغلاق دون حفظ التغييرات على {0}؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>هل تريد حذف {0} ‏«{1}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذر الحذف</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>حفظ التغييرات (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>إرجاع(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>تجاهل التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل(&amp;D)</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>حالة المحرر</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>سجل التغييرات(&amp;T)</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>مشكلة في {0}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>توجد تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>سجل جديد: {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (نسخة)</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>إضافة {0} ‏«{1}»</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>تعديل {0} في «{1}»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>لم يُحفظ: أحد التواريخ غير مكتمل أو غير صحيح.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>عُدِّل هذا السجل أثناء تعديلك له (بواسطة: {0}). تغييراتهم معروضة في النموذج (ومميَّزة)؛ واحتُفظ بتغييراتك غير المحفوظة.</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>حُذف هذا السجل (بواسطة: {0}). لا تزال تغييراتك معروضة: انسخ ما تحتاج إليه.</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>حُذف السجل (بواسطة: {0}).</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>حُدِّث السجل (بواسطة: {0})؛ يُعرض الآن الإصدار الحالي.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>استيرادك (الدفعة {0})</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>إلغاؤك لدفعة الاستيراد {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>غُيِّرت هذه القيمة إلى «{0}» (بواسطة: {1}). هل تُبقي على قيمتك أم تعتمد قيمتهم؟</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>أنت، في نافذة أخرى</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>عُدِّل (بواسطة: {0}).</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>اختر لكل حقل مميَّز قيمتك أو قيمتهم قبل الحفظ: {0}.</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>أُبقي على قيمتك.</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>اعتُمدت قيمتهم.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
            <numerusform>لم يُحفظ: عدد المشكلات التي يلزم تصحيحها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>هل تريد حفظ التغييرات على {0}؟</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>السجل الجديد</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>متأخر: انقضى موعد التسليم ولم يُسلَّم بعد</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>فتح هذا السجل</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>فتح السجل المرتبط</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>النواتج</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>يعدِّل أو يجدِّد</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>يعدِّله أو يجدِّده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>السجلات ذات الصلة</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>يفتح Enter أو النقر المزدوج السجل.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>RowsWidget</name>
    <message>
        <source>Tab walks the cells of the current row, then leaves the table; {0} / {1} go to the row above / below.</source>
        <translation>ينتقل Tab بين خلايا الصف الحالي ثم يغادر الجدول؛ وينقل {0} / {1} إلى الصف الذي فوقه / تحته.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>إضافة صف(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>إضافة صف تحت الصف الحالي ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>حذف الصف(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>حذف الصف الحالي ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>نقل لأعلى(&amp;P)</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>نقل الصف الحالي لأعلى ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأسفل(&amp;B)</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>نقل الصف الحالي لأسفل ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>ابحث في الشركاء والأسماء المختصرة وجهات الاتصال والاتفاقات والمشاريع والنواتج…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>اكتب حرفين على الأقل. يفتح Enter ويغلق Esc.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>يفتح Enter السجل المحدد.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>لم يُعثر على شيء لـ «{0}».</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>عرض الكل (السهم لأسفل)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>لا يوجد بند يطابق «{0}»</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>لا توجد بنود</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>«{0}» ليس رمز بلد معروفًا</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>«⁦{0}⁩» ليس عنوان قاعدة بيانات صحيحًا.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>«{0}» ليس رمز عملة وفق المعيار ISO 4217</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>«{0}» غير موجود في القائمة المرجعية</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>«{0}» ليس من القيم المقبولة: {1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>لا يوجد برنامج تشغيل لقاعدة البيانات ⁦{0}⁩: ⁦{1}⁩.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>برنامج تشغيل PostgreSQL غير مثبَّت: ثبِّت ⁦unccd-desktop[postgresql]⁩ لاستخدام خادم.</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>تعذَّر إعداد النسخة الاحتياطية: ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>تعذَّرت استعادة النسخة الاحتياطية إلى ⁦{0}⁩: ⁦{1}⁩.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>تعذَّرت كتابة النسخة الاحتياطية في ⁦{0}⁩: القرص ممتلئ أو معطَّل (⁦{1}⁩). أفرغ بعض المساحة أو اختر مكانًا آخر ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>تعذَّرت كتابة النسخة الاحتياطية في ⁦{0}⁩: ⁦{1}⁩.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>يجب ألا يكون ملف النسخة الاحتياطية هو قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>جاءت النسخة الاحتياطية من ⁦{0}⁩ فارغة.</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>يجب ألا تكون النسخة الاحتياطية المراد استعادتها هي قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>تعذَّر فتح قاعدة البيانات ⁦{0}⁩: تحقق من وجود الملف ومجلده ومن أنه يمكنك الكتابة فيهما.</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>لا يمكن استخدام قاعدة البيانات ⁦{0}⁩: ⁦{1}⁩</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>قاعدة البيانات ⁦{0}⁩ تالفة ولا يمكن قراءتها. افتح ملفًا آخر، أو استعد أحدث نسخة احتياطية (⁦unccd-desktop db restore --db FILE⁩).</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>قاعدة البيانات ⁦{0}⁩ فارغة (0 بايت): انقطعت كتابتها أو لم تُكتب قط. افتح ملفًا آخر، أو استعد أحدث نسخة احتياطية (⁦unccd-desktop db restore --db FILE⁩).</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>قاعدة البيانات ⁦{0}⁩ مستخدمة من برنامج آخر (أو من نسخة أخرى من UNCCD Partnerships) وظلت مقفلة {1} ثانية. لم يتغير شيء؛ أغلق البرنامج الآخر ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>قاعدة البيانات ⁦{0}⁩ للقراءة فقط. انسخها إلى مجلد يمكنك الكتابة فيه، أو غيِّر أذوناتها، ثم افتحها مجددًا.</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>أبلغ القرص الذي يحوي ⁦{0}⁩ عن خطأ في القراءة أو الكتابة (ربما امتلأ أو أُزيل). لم يُحفظ شيء؛ افحص القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>أُوقفت ترقية المخطط لأنها كانت ستترك {0} من المراجع المعطوبة (أولها في الجدول ⁦{1}⁩)؛ لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>لا يوجد ملف نسخة احتياطية في ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>لا يوجد ملف قاعدة بيانات في ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>لم تعد هناك مساحة على القرص الذي يحوي ⁦{0}⁩. لم يُحفظ شيء؛ أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من UNCCD Partnerships (المخطط ⁦{0}⁩). ثبِّت أحدث إصدار من التطبيق لفتحها.</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>ليس لديك إذن بقراءة ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>لا يحق لحسابك «⁦{0}⁩» قراءة قاعدة بيانات الفريق ⁦{1}⁩: اطلب من مديرها أن يمنحك مستوى (⁦viewer⁩ أو ⁦editor⁩ أو ⁦admin⁩).</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>لا يحق لحسابك «⁦{0}⁩» إدارة حسابات خادم الفريق ⁦{1}⁩: نفّذ ذلك بالحساب الذي أنشأ قاعدة بيانات الفريق، أو بحساب مستخدم متميز في PostgreSQL. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>لا توجد بعد مستويات وصول على خادم الفريق ⁦{0}⁩: نفّذ أولًا ⁦unccd-desktop sync roles --server URL⁩.</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>⁦{0}⁩ ليست قاعدة بيانات فريق من UNCCD Partnerships: أنشئها أولًا باستخدام ⁦unccd-desktop db init --db URL⁩.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>«⁦{0}⁩» ليس مستوى وصول: استخدم ⁦viewer⁩ أو ⁦editor⁩ أو ⁦admin⁩.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>لا يمكن أن يكون «⁦{0}⁩» حساب موظف: فالأسماء التي تبدأ بـ⁦pg_⁩ وأدوار المجموعات ⁦unccd_viewer⁩ و⁦unccd_editor⁩ و⁦unccd_admin⁩ محجوزة.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح لحفظ كلمة مرور ⁦{0}⁩. احفظها بدلًا من ذلك في ملف كلمات مرور PostgreSQL ‏(⁦~/.pgpass⁩) أو ملف الخدمات (⁦pg_service.conf⁩)؛ ولا يخزّنها UNCCD Partnerships في أي مكان آخر.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>لم تحفظ سلسلة المفاتيح على هذا الحاسوب كلمة مرور ⁦{0}⁩ ({1}). احفظها بدلًا من ذلك في ملف كلمات مرور PostgreSQL ‏(⁦~/.pgpass⁩) أو ملف الخدمات (⁦pg_service.conf⁩)؛ ولا يخزّنها UNCCD Partnerships في أي مكان آخر.</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>لا يمكن أن تكون جهة اتصال غادرت منصبها هي جهة الاتصال الرئيسية</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>يجب أن ينتمي الناتج إلى مشروع أو اتفاق</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>الاتفاق «{0}»</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>التعديل أو التجديد «{0}»</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>الصف {0}، {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>الصف {0}: السجل غير موجود</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>أطول من اللازم (الحد الأقصى {0} من الأحرف)</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0} (تعديل)</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0} (تجديد {1})</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0} (تجديد)</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>سبق حل التعارض {0}.</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>ملف الوثيقة {0} (⁦{1}⁩) غير موجود لا على هذا الحاسوب ولا على الخادم.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>يتعذر الوصول إلى خادم الفريق: {0} لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>خادم الفريق على المخطط {0} وهذا الحاسوب على المخطط {1}: يجب أن يرقّي أحد المديرين الخادم أولًا (⁦unccd-desktop db upgrade --db SERVER⁩). لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>خادم الفريق على المخطط {0} وهذا الحاسوب على المخطط {1}: ثبِّت الإصدار الأحدث من UNCCD Partnerships على هذا الحاسوب، ثم أعد المزامنة. لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>يحتوي خادم الفريق ⁦{0}⁩ بالفعل على سجلات: لا تنشر إلا على خادم فارغ، أو استنسخ منه ملفًا محليًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>لا يوجد تعارض رقمه {0}.</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>يحمل الشريك الذي أُنشئ هنا والشريك الموجود على خادم الفريق الاسم نفسه «⁦{0}⁩»: غيّر اسم شريكك أولًا، ثم أبقِ عليه سجلًا منفصلًا.</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>⁦{0}⁩ خادم فريق غير الخادم الذي أُنشئت منه هذه النسخة المحلية: لا تُزامَن النسخة المحلية إلا مع خادمها. لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>قاعدة البيانات هذه نسخة محلية بالفعل من خادم الفريق ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>قاعدة البيانات هذه غير متصلة بخادم فريق: استنسخ أولًا ملفًا محليًا من الخادم أو انشر قاعدة البيانات هذه على خادم فارغ.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>لا يحق لحسابك «⁦{0}⁩» على خادم الفريق إلا القراءة، وعلى هذا الحاسوب تغييرات منتظرة ({1}): اطلب من مدير الخادم حقوق المحرر (⁦editor⁩). لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>⁦{0}⁩ موجود بالفعل: اختر اسم ملف جديدًا للنسخة المحلية.</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>تغييرات أُجريت على هذا الحاسوب ({0}) لم تصل إلى خادم الفريق، وتعارضات لم تُحل ({1}): زامِن أولًا، أو اقطع الاتصال على أي حال فيفقدها الفريق.</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>⁦{0}⁩ ليست قاعدة بيانات لخادم فريق: ينشئها أحد المديرين باستخدام ⁦unccd-desktop db init --db ADDRESS⁩ ‏(PostgreSQL). لم يُتبادل أي شيء.</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>يحمل شريك آخر هذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>يحمل مشروع آخر هذا الرمز بالفعل</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>أرفق الملف باتفاق واحد أو بناتج واحد</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>لا يجوز أن يكون هذا الاتفاق نفسه</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>الناتج «{0}»</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>الوثيقة «{0}»</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>جهة الاتصال «{0}»</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>المبادرة «{0}» (بصفته جهة مانحة)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون عددًا</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>يجب أن يكون عنوانًا شبكيًا يبدأ بـ ⁦http://⁩ أو ⁦https://⁩</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>يجب ألا يقل عن {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>يجب ألا يزيد على {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>يجب ملؤه</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>يجب ملؤه عند تحديد ميزانية</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>يجب ألا يسبق تاريخ البدء الفعلي</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>يجب ألا يسبق تاريخ النفاذ</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>يجب ألا يسبق تاريخ البدء المقرر</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>يجب ألا يسبق تاريخ التوقيع</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>يجب ألا يسبق تاريخ التقديم</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>يجب ألا يقل عن {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>السجل غير موجود</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>ليس بصمة SHA-256 (64 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>ليس من حقول هذا السجل</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>ليس تاريخًا صحيحًا (استخدم الصيغة YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>ليس عنوان بريد إلكتروني صحيحًا</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>المشروع «{0}»</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>الصف {0}: سنة الانتهاء سابقة لسنة البدء</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>يحتوي ⁦{0}⁩ على جداول لكنه ليس قاعدة بيانات لـ UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>⁦{0}⁩ مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} مدرج مرتين بوصفه طرفًا</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} مدرج مرتين في الدور {1}</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>⁦{0}⁩ ليس قاعدة بيانات لـ UNCCD Partnerships (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>⁦{0}⁩ ليس نسخة احتياطية كاملة من UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>⁦{0}⁩ ليس نسخة احتياطية صالحة للاستخدام: ⁦{1}⁩.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>قاعدة البيانات هذه غير متصلة بخادم فريق (ملف ← خادم الفريق…).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>تجري مزامنة بالفعل.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>جارٍ المزامنة مع خادم الفريق…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>تمت المزامنة: لم يُرسَل أي سجل</numerusform>
            <numerusform>تمت المزامنة: أُرسل سجل واحد</numerusform>
            <numerusform>تمت المزامنة: أُرسل سجلان</numerusform>
            <numerusform>تمت المزامنة: أُرسلت %n سجلات</numerusform>
            <numerusform>تمت المزامنة: أُرسل %n سجلًا</numerusform>
            <numerusform>تمت المزامنة: أُرسل %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>، ولم يُستلم أي سجل</numerusform>
            <numerusform>، واستُلم سجل واحد</numerusform>
            <numerusform>، واستُلم سجلان</numerusform>
            <numerusform>، واستُلمت %n سجلات</numerusform>
            <numerusform>، واستُلم %n سجلًا</numerusform>
            <numerusform>، واستُلم %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>؛ لا يوجد تعارض ينتظر اختيارك</numerusform>
            <numerusform>؛ تعارض واحد ينتظر اختيارك</numerusform>
            <numerusform>؛ تعارضان ينتظران اختيارك</numerusform>
            <numerusform>؛ %n تعارضات تنتظر اختيارك</numerusform>
            <numerusform>؛ %n تعارضًا ينتظر اختيارك</numerusform>
            <numerusform>؛ %n تعارض ينتظر اختيارك</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>خادم الفريق لا يستجيب.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>فشلت المزامنة ({0}): {1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>تمت المزامنة: {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>لا توجد تغييرات منتظرة</numerusform>
            <numerusform>تغيير واحد منتظر</numerusform>
            <numerusform>تغييران منتظران</numerusform>
            <numerusform>%n تغييرات منتظرة</numerusform>
            <numerusform>%n تغييرًا منتظرًا</numerusform>
            <numerusform>%n تغيير منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا توجد تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>فشلت آخر مزامنة: {0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>خادم الفريق: ⁦{0}⁩</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>انقر لحل التعارضات.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>خادم الفريق</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>التغييرات المنتظرة:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>التعارضات غير المحلولة:</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>الاتصال بخادم فريق</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>عنوان خادم الفريق</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>عنوان الخادم(&amp;A):</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>يأتي اسم المستخدم الخاص بك في PostgreSQL قبل @. وتُحفظ كلمة المرور المكتوبة في العنوان في سلسلة المفاتيح على هذا الحاسوب، ولا تُحفظ أبدًا في ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>استنساخ في ملف جديد(&amp;C)…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>إنشاء ملف محلي جديد يحتوي على سجلات الخادم، وفتحه.</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>نشر قاعدة البيانات هذه(&amp;P)…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>وضع قاعدة البيانات هذه على خادم فريق فارغ؛ فيصبح هذا الملف بعد ذلك نسخة محلية من ذلك الخادم.</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>المزامنة مع الخادم</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن(&amp;S)</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>إرسال التغييرات التي أُجريت هنا، ثم تلقي تغييرات الفريق.</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>حل التعارضات(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>قطع الاتصال(&amp;D)…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>يصبح هذا الملف قاعدة بيانات مستقلة؛ ويحتفظ الخادم بسجلاته.</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>نسخة محلية من ⁦{0}⁩</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>خادم فريق: تتصل به النسخ المحلية، ويمكن للموظفين العمل عليه مباشرة.</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>مستقلة: غير متصلة بخادم فريق.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0} (فشلت المحاولة الأخيرة، {1}: {2})</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>اكتب عنوان الخادم بالصيغة ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>حفظ الملف المحلي الجديد باسم</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>قواعد بيانات UNCCD Partnerships ‏(*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>⁦{0}⁩ موجود بالفعل؛ اختر اسمًا آخر للملف الجديد.</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>جارٍ نسخ سجلات خادم الفريق إلى ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>أُنشئ الملف المحلي ⁦{0}⁩ من خادم الفريق.</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>نشر قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>هل تريد وضع كل سجلات قاعدة البيانات هذه على خادم الفريق ⁦{0}⁩؟</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>يجب أن يكون الخادم فارغًا. ويصبح هذا الملف بعد ذلك نسخة محلية من الخادم: تُرسَل إليه تغييراتك وتعود تغييرات الفريق في كل مزامنة.</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>جارٍ نشر قاعدة البيانات هذه على ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>أصبحت قاعدة البيانات هذه الآن على خادم الفريق.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>لا توجد تغييرات أُجريت هنا ولم تصل إلى خادم الفريق.</numerusform>
            <numerusform>تغيير واحد أُجري هنا لم يصل إلى خادم الفريق.</numerusform>
            <numerusform>تغييران أُجريا هنا لم يصلا إلى خادم الفريق.</numerusform>
            <numerusform>%n تغييرات أُجريت هنا لم تصل إلى خادم الفريق.</numerusform>
            <numerusform>%n تغييرًا أُجري هنا لم يصل إلى خادم الفريق.</numerusform>
            <numerusform>%n تغيير أُجري هنا لم يصل إلى خادم الفريق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>لا توجد تعارضات غير محلولة.</numerusform>
            <numerusform>يوجد تعارض واحد لم يُحل.</numerusform>
            <numerusform>يوجد تعارضان لم يُحلا.</numerusform>
            <numerusform>توجد %n تعارضات لم تُحل.</numerusform>
            <numerusform>يوجد %n تعارضًا لم يُحل.</numerusform>
            <numerusform>يوجد %n تعارض لم يُحل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>بعد قطع الاتصال يحتفظ هذا الملف بسجلاته لكنه لا يرسل هذه التغييرات أبدًا: زامِن أولًا للاحتفاظ بها للفريق. هل تريد قطع الاتصال على أي حال؟</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>هل تريد قطع اتصال هذا الملف بـ⁦{0}⁩؟</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>يصبح قاعدة بيانات مستقلة؛ ويحتفظ خادم الفريق بسجلاته.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>لم يعد هذا الملف متصلًا بخادم.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>تمت الإعادة: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>هل تريد التراجع عن «{0}»؟ سيُحذف السجل.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>مزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>إعادة(&amp;R): {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>تراجع(&amp;U): {0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>تم التراجع: {0}.</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>استيراد أو استعادة</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>دفعة الاستيراد {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>إلغاء دفعة الاستيراد {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}، {1}: {2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>لم يعد من الممكن التراجع عن «{0}» أو إعادته: عُدِّل السجل منذ ذلك الحين ({1}).</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>لم يتم التراجع عن «{0}»: عُدِّل السجل منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>لم يتم التراجع عن «{0}»: حُذف السجل منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>دليل مستخدم {0}</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>مرحبًا بك في {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>يحفظ هذا التطبيق سجل شراكات اتفاقية الأمم المتحدة لمكافحة التصحر: الشركاء والاتفاقات والمبادرات والمشاريع ونواتجها. لا توجد بعد قاعدة بيانات على هذا الحاسوب. كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>استكشاف قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>شراكات الآلية العالمية الموصوفة في مذكرة الدورة الخامسة عشرة لمؤتمر الأطراف ICCD/COP(15)/21: مكان آمن لتجربة كل شيء.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>إنشاء قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>ابدأ سجل شراكاتك الخاص.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>فتح قاعدة بيانات موجودة…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>ملف أعطاك إياه زميل، أو ملف من حاسوب آخر.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>تغيير المجلد…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>تُحفظ قواعد بياناتك ونسخها الاحتياطية في ⁦{0}⁩</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>قواعد بيانات UNCCD Partnerships ‏(*.unccd);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>مجلد قواعد بياناتك</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>حفظ المصنف</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>في المنصب</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>معرّف جهة الاتصال</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>معرّف الناتج</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>رابط الدليل</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>غادر منصبه (نعم/لا)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>استيراد مصنف</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>التقدم المحرز (%)</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>المشروع أو الاتفاق</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>جارٍ قراءة ⁦{0}⁩…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.xlsm *.ods *.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>طُبِّق الاستيراد بوصفه الدفعة {0}.</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>حُفظ المصنف باسم ⁦{0}⁩.</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>تبادل المصنفات</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>صُدِّر المصنف</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
</TS>
