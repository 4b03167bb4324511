<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>О программе {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
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
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>Список стран взят из lukes/ISO-3166-Countries-with-Regional-Codes, составлен на основе стандарта ООН M49 и ISO 3166 и распространяется по лицензии &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Коды валют — из справочника Currency IATI.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Прод&amp;лить…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>Начать продление этого соглашения: новый проект соглашения, срок действия которого следует за сроком этого</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>Начать изменение этого соглашения: новый проект соглашения с тем же сроком действия</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>Продление соглашения «{0}»</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>Изменение соглашения «{0}»</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>Еще не сохранено: проверьте даты, стороны и название, затем сохраните.</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>Еще не сохранено: у продлеваемого соглашения нет даты истечения, поэтому новый срок неизвестен. Введите даты, проверьте стороны и название, затем сохраните.</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>Продленное соглашение</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>«{0}» продлевает «{1}». Присвоить соглашению «{1}» статус «{2}»?</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>отметка о продлении соглашения «{0}»</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>Не отмечено как продленное</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Уведомление до</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истечение срока</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>Временная шкала соглашения</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>Даты не указаны.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>{0} уже существует; выберите другое имя для новой базы данных.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Открытие {0}…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Базы данных UNCCD Partnerships (*.unccd);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>Резервная копия восстановлена. Замененный файл сохранен как {0}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Восстановление последней резервной копии…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>Новый язык будет применен после завершения выполняемой операции.</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>Язык не изменен: сначала для каждого отмеченного поля оставьте ваше значение или примите их.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>Что требует внимания</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>Открыть сводку (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Скрыть (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>%n результат просрочен</numerusform>
            <numerusform>%n результата просрочены</numerusform>
            <numerusform>%n результатов просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>%n результат со сроком на этой неделе</numerusform>
            <numerusform>%n результата со сроком на этой неделе</numerusform>
            <numerusform>%n результатов со сроком на этой неделе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>%n соглашение с датой уведомления о продлении на этой неделе</numerusform>
            <numerusform>%n соглашения с датой уведомления о продлении на этой неделе</numerusform>
            <numerusform>%n соглашений с датой уведомления о продлении на этой неделе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>%n соглашение истекает на этой неделе</numerusform>
            <numerusform>%n соглашения истекают на этой неделе</numerusform>
            <numerusform>%n соглашений истекает на этой неделе</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>Требует внимания: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>Даты уведомления о продлении и истечения срока подписанных и действующих соглашений, а также сроки незавершенных результатов в виде событий на весь день для Outlook, Thunderbird или любого другого календаря. При импорте более нового файла добавленные ранее события обновляются.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнеры</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>Все даты начиная с сегодняшней</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнер:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>Ближайший %n день</numerusform>
            <numerusform>Ближайшие %n дня</numerusform>
            <numerusform>Ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Сохранить календарь</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Запись календаря…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>Записано дат напоминаний в {0}: %n</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>Введите текст для фильтра…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>Введите текст для фильтра; стрелка вниз переводит в список, где клавиша «Пробел» отмечает элемент</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Выбран %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>&amp;Оставить мою как отдельную запись</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять с сервера</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>&amp;Взять с сервера и объединить с ней мою</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>Остаются обе записи: это разные партнеры.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Изменена здесь, удалена на сервере</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Изменена с обеих сторон</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Удалена здесь, изменена на сервере</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Отклонена сервером</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>Изменение будет отправлено снова при следующей синхронизации (когда будет исправлено то, что отклонил сервер).</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>Изменение, сделанное здесь, отбрасывается; запись получает значения с сервера.</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>Запись возвращается сюда в том виде, в каком она есть на сервере.</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>Запись возвращается на сервер вместе с изменениями, сделанными здесь.</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>Запись удаляется и здесь.</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>Запись будет удалена и на сервере при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>Запись, созданная здесь, объединяется с записью сервера: ее связи и история переходят к записи сервера, а созданная здесь копия удаляется.</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>Здесь устанавливается значение с сервера; введенное здесь значение отбрасывается.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>Значение с этого компьютера будет отправлено на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Нерешенные конфликты</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>До обоих изменений</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>Моя (этот компьютер)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>С сервера (командный сервер)</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Значения с обеих сторон</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>История на этом компьютере</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>История на командном сервере</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>вся запись</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, расходится с командным сервером. Сервер сохраняет свое значение, пока вы не сделаете выбор; ваш выбор будет отправлен при следующей синхронизации.</numerusform>
            <numerusform>%n изменения, сделанные здесь, расходятся с командным сервером. Сервер сохраняет свое значение, пока вы не сделаете выбор; ваш выбор будет отправлен при следующей синхронизации.</numerusform>
            <numerusform>%n изменений, сделанных здесь, расходятся с командным сервером. Сервер сохраняет свое значение, пока вы не сделаете выбор; ваш выбор будет отправлен при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>Нет конфликтов, ожидающих вашего выбора.</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>Поле «{0}» изменено здесь и на командном сервере, и значения различаются.</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>Эта запись удалена здесь и изменена на командном сервере.</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>Эта запись изменена здесь и удалена на командном сервере.</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>Этот партнер создан здесь с названием или аббревиатурой партнера, который уже есть на командном сервере.</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>Командный сервер не принял изменение, сделанное здесь.</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(нет записи)</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>Чтение истории на командном сервере…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>Не удается показать историю на сервере: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>Что требует внимания</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Прошло дней</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>Просроченные результаты</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>Записи по статусу</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>Результаты по инициативам</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>Результаты по донорам</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>Соглашения с истекающим сроком (срок уведомления о продлении или {0} дн.)</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>Результаты со сроком в ближайшие {0} дн.</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>В ближайшее время сроки соглашений не истекают.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных результатов нет.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>В ближайшие {0} дн. сроков нет.</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>Нет подписанных или действующих соглашений с истекшим сроком.</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>У всех подписанных и действующих соглашений есть дата истечения.</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>Действующие соглашения с истекшим сроком (%n)</numerusform>
            <numerusform>Действующие соглашения с истекшим сроком (%n)</numerusform>
            <numerusform>Действующие соглашения с истекшим сроком (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>Соглашения без даты истечения (%n)</numerusform>
            <numerusform>Соглашения без даты истечения (%n)</numerusform>
            <numerusform>Соглашения без даты истечения (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+стрелка вниз)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>Без даты (Delete)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>«{0}» — не дата. Введите дату в виде {1} или {2} либо нажмите Delete, чтобы оставить поле пустым.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Прикрепленные документы</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>При&amp;крепить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Сохраните запись, прежде чем прикреплять документы.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Прикрепить документы</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>Удалить {0} из этой записи?</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>Экспорт отчета для донора</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Все партнерства</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>Один донор:</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>Одна инициатива:</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(выберите донора)</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(выберите инициативу)</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Выберите донора, для которого нужно экспортировать отчет.</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>Выберите инициативу, по которой нужно экспортировать отчет.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Ответственная сторона</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>Секретариат конвенции</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок истек</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Посредник</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Финансовое учреждение</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Финансирующая сторона</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>Стимулирующая деятельность ГЭФ</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Осуществление</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Осуществление</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>Неформальное партнерство</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>Письмо-соглашение</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Средства массовой информации</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Меморандум о взаимопонимании</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>Многосторонний меморандум о взаимопонимании</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>На стадии переговоров</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>В стадии подготовки</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>Подготовка проекта</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Научно-исследовательское учреждение</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписавшая сторона</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнуто</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Структура Организации Объединенных Наций</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>В {0} произошел сбой. Сохраненные данные не пострадали. Отправьте приведенные ниже сведения тому, кто поддерживает приложение.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Сведения об ошибке</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать сведения</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>Также записано в {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>Файл {0} не существует.</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>У вас нет прав на использование {0}.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>Уникальный идентификатор (UUID)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>Страна штаб-квартиры</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>Идентификатор организации IATI</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Другие названия (построчно)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Дата истечения</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>Срок уведомления (дни)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>Подтверждение (веб-адрес)</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Ответственный партнер</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Изменяет/продлевает</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>Где объявлена</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>Занимает должность</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписавшее лицо</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Год окончания</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мое</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>Контактные лица этого партнера</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>Доб&amp;авить контактное лицо…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>История этой записи</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>«{0}» — неоднозначная дата (день и месяц можно перепутать); запишите ее в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«{0}» не является датой (запишите ее в виде ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>«{0}» не является процентным значением</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>«{0}» — недопустимая дата</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>«{0}»: значение должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>«{0}» там, где ожидалась дата</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>«{0}» там, где ожидалось число</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Пустая строка</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>Содержимое пропущено</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Файл отклонен</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>Ссылки на другие рабочие книги пропущены.</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Нет столбца</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>Новые контакты можно добавлять только в рабочей книге для обновления партнером (в ней указано, чьи это контакты).</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>Новая строка отклонена</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Нет результата с ID {0} (возможно, он удален из базы данных после экспорта).</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>Нет сведений об экспорте</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Нет контактного лица с ID {0} (возможно, оно удалено из базы данных после экспорта).</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>Ни на одном листе этого файла нет результатов или контактных лиц с ожидаемыми столбцами (например, «Deliverable ID» и «Status»).</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Не применено</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>Другая версия схемы</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>Повторяющийся столбец</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>Повторяющаяся запись</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>На листе «{0}» нет столбца «{1}», поэтому его строки нельзя сопоставить с записями; лист не импортирован.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>Лист «{0}» не импортирован: на нем нет столбцов результатов или контактных лиц.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>Лист «{0}»: чтение остановлено на строке {1} после пустых строк ({2}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>Лист «{0}»: столбец «{1}» встречается дважды; использован первый.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>Лист «{0}»: столбец «{1}» при этом импорте не считывается; он пропущен.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>Лист «{0}»: строки, в импортируемых столбцах которых ничего нет, пропущены ({1}, первая — строка {2}).</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>Лист пропущен</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>База данных отклонила эти значения ({0}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>Лист «{0}»: столбец «{1}» содержит комментарии партнера, которые считываются только из рабочей книги для обновления партнером; он пропущен.</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>{0} содержит скрытый лист рабочей книги для обновления партнером, но в нем не указан экспорт: лист был изменен, поэтому файл нельзя сверить с тем, что было отправлено. Экспортируйте для партнера новую рабочую книгу.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>В файле {0} указан экспорт {1}, который не был сделан в этой базе данных (возможно, он экспортирован из другой копии базы данных). Файл нельзя сверить с тем, что было отправлено, поэтому он не импортируется.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>В файле {0} указан экспорт {1}, но не тот партнер, для которого был сделан этот экспорт: скрытый лист был изменен, поэтому файл не импортируется. Экспортируйте для партнера новую рабочую книгу.</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>{0} {1} не относится к записям, с которыми была отправлена эта рабочая книга; рабочая книга для обновления партнером изменяет только записи своего партнера, поэтому эта строка не импортируется.</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>{0} — рабочая книга, части которой организованы так, что это приложение не может их прочитать. Откройте ее в программе для работы с электронными таблицами и снова сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это PDF-файл, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это изображение {1}, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>{0} — это архив {1}, а не электронная таблица. Извлеките из него рабочую книгу и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это документ Word, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это презентация PowerPoint, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это текстовый документ, рисунок или презентация OpenDocument, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это старый файл Microsoft Office, не содержащий рабочей книги (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это ZIP-архив без рабочей книги (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>{0} — это ZIP-архив, содержащий {1}: извлеките этот файл и импортируйте его.</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} — это веб-страница (HTML), а не электронная таблица. Если веб-сайт выдал ее как электронную таблицу, откройте ее в программе для работы с электронными таблицами и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} — это электронная таблица XML Excel 2003. Откройте ее в программе для работы с электронными таблицами и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это файл XML, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это файл JSON, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} — это документ в формате RTF, а не электронная таблица (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} — это текст в кодировке UTF-16 (текст в Юникоде). Сохраните его в формате «CSV UTF-8 (разделитель — запятая)» и повторите попытку.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>{0} — это текстовый файл, а не рабочая книга Excel; если это экспорт в формате CSV, дайте ему расширение .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} — это текстовый файл, а не электронная таблица OpenDocument; если это экспорт в формате CSV, дайте ему расширение .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} — это текстовый файл, а не электронная таблица; если это экспорт в формате CSV, дайте ему расширение .csv.</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>Не удалось проверить строки на базе данных ({0}); они будут проверены еще раз при применении.</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>Рабочая книга содержит макросы; они не выполнялись.</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>Рабочая книга экспортирована из другой версии схемы базы данных ({0}; версия этой базы данных — {1}); ее столбцы, как обычно, считываются по названиям.</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>Файл {0} не найден.</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>Этот ID также указан в строке {0}; каждая запись может встречаться только один раз.</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>Этот контакт относится к другому партнеру.</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>В этом файле нет сведений об экспорте: изменения сравниваются с текущим состоянием базы данных, поэтому правки, внесенные за это время, невозможно отличить.</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>Этот файл уже импортирован (пакет {0}).</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>Эта запись изменилась в базе данных во время чтения файла; снова откройте предварительный просмотр файла.</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>В этой строке нет ID результата (Deliverable ID); новые результаты нельзя добавлять из рабочей книги.</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Неизвестный столбец</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>Неизвестная запись</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>Нечитаемое значение</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Значение отклонено</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>У вас нет прав на чтение {0}.</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>у нового контакта должно быть имя</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>ссылка на текст № {0}, которого нет в файле</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>содержит формулу, результат которой ни разу не вычислялся; откройте файл в Excel или LibreOffice и сохраните его снова либо введите значение</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>не является датой</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>должно быть процентным значением от 0 до 100</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>Файл {0} изменился после предварительного просмотра; просмотрите его снова.</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} символов — больше, чем может вместить ячейка электронной таблицы ({1})</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>{0} содержит объявления сущностей XML, которые рабочим книгам никогда не нужны; файл отклонен как небезопасный.</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>{0} содержит часть, сжатую в {1} раз, что намного больше, чем в любой реальной рабочей книге; файл отклонен как возможная zip-бомба.</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>В {0} слишком много частей ({1}) для обычной рабочей книги.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} — это папка, а не электронная таблица.</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} — двоичная книга Excel (.xlsb). Откройте ее в программе для работы с электронными таблицами и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>{0} поврежден и не может быть прочитан (некорректный или небезопасный XML: {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>{0} поврежден и не может быть прочитан ({1}). Откройте его в программе для работы с электронными таблицами и сохраните снова.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>{0} поврежден или неполон (это не читаемая рабочая книга). Запросите файл еще раз или откройте и пересохраните его.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>{0} поврежден или неполон (не удается прочитать часть {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>{0} поврежден: отсутствуют данные листов.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>Файл {0} пуст.</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} сохранен в старом формате Excel 97–2003 (.xls). Откройте его в программе для работы с электронными таблицами и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} не является текстом в кодировке UTF-8. Сохраните его в формате «CSV UTF-8 (разделитель — запятая)» и повторите попытку.</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} не является датой</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} — не процентное значение от 0 до 100</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} не является электронной таблицей, которую может прочитать это приложение (используйте .xlsx, .ods или .csv в UTF-8).</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>{0} не является корректным файлом CSV ({1}).</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>{0} защищен паролем (зашифрован), поэтому его нельзя прочитать. Откройте его, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля) и сохраните снова.</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>{0} защищен паролем (зашифрован), поэтому его нельзя прочитать. Снимите пароль и сохраните файл снова.</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>{0} слишком велик или имеет слишком глубокую вложенность для чтения.</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>Размер {0} — {1} МБ; файлы больше {2} МБ не импортируются. Разделите его на файлы меньшего размера.</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>Строк с неразрешенными конфликтами: {0} (оставьте значение базы данных или примите значение партнера); ничего не записано.</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>Строк с ошибками: {0}. Исправьте файл или выберите пропуск этих строк; ничего не записано.</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>При открытии {0} занял бы {1} МБ, что превышает предел в {2} МБ; файл отклонен как возможная zip-бомба.</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>{0}: изменено и в базе данных после экспорта, и в файле; выберите, какое значение оставить.</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>{0}: на листе «{1}» больше {2} строк — это максимум для одного импорта. Разделите файл.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>Пропущено ошибок</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Отменен</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>От&amp;менить…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>Восстановить значения, замененные пакетом импорта {0} ({1})?</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>Отмена пакета импорта {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>Новых: {0}, обновленных: {1}, без изменений: {2}, конфликтов: {3}, ошибок: {4}. Ничего не записывается, пока вы не примените импорт.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>Строки с изменениями, конфликтами или ошибками</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>Оставить все значения базы данных</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>Принять все значения из файла</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>При экспорте</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Пропустить строки с ошибками</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>Оставить значение базы данных</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>Принять значение из файла</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>Есть строки с ошибками: исправьте файл или пропустите их.</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>Выберите значение для каждого конфликта.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>Ошибка ({0}): {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>Предупреждение ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>Экспорт этого списка</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Рабочая книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>Не удалось записать {0}: {1}.</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>Записано строк в {0}: %n.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>Фильтр: {0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Текстовый фильтр</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>Докумен&amp;ты</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;Контактные лица</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>О&amp;бновления</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Св&amp;язи</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0} по</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>Все ({0})</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>Фильтр по полю «{0}»</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>&amp;Экспорт выделенного…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Удалить запись «{1}» ({0})? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и еще %n</numerusform>
            <numerusform> и еще %n</numerusform>
            <numerusform> и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>«{0}» нельзя удалить, так как на него еще ссылаются другие записи: {1}. Сначала удалите их или перенаправьте.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Открытие {0}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Отмена… ничего из этого не будет сохранено.</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>Открытие базы данных… изменять список можно будет через несколько секунд.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>Прежде чем отменять сохраненные изменения, сохраните или верните несохраненные.</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>&amp;Создать запись</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>Ко&amp;мандный сервер…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>Конфл&amp;икты синхронизации…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>Экспор&amp;т отчета для донора в PDF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Экспорт ка&amp;лендаря…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Экспорт &amp;этого списка…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Ваше &amp;имя в истории…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;О программе {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>Имя, записываемое в историю ваших изменений:</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>Теперь изменения записываются под именем «{0}».</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Базы данных UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Базы данных UNCCD Partnerships (*.unccd);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Резервную копию базы данных на сервере создавайте средствами самого сервера.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Резервная копия сохранена в {0}</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>Экспорт отчета для &amp;донора…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>Экспорт рабочей книги для обновления &amp;партнером…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Импорт рабочей &amp;книги…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>Объединить с другим партнером</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>Название или аббревиатура сохраняемого партнера</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>Сохраняемый партнер</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>Объединить «{0}» &amp;с:</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>Выбранный партнер сохраняется. Все, что ссылается на «{0}», будет ссылаться на него, а «{0}» будет удален; его история остается у сохраненного партнера.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Объедин&amp;ить…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>Последняя резервная копия — {0}. При ее восстановлении текущий файл сохраняется рядом.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>Объедин&amp;ить с другим партнером…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>Объединить этого партнера с другой записью той же организации</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Объедин&amp;ить…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Объединение партнеров</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>Пустые поля «{0}» получат значения из «{1}», а название «{1}» останется среди других названий «{0}». Объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>«{0}» объединен с этим партнером.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Объединение не выполнено</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>%n контактное лицо</numerusform>
            <numerusform>%n контактных лица</numerusform>
            <numerusform>%n контактных лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>%n инициатива в качестве донора</numerusform>
            <numerusform>%n инициативы в качестве донора</numerusform>
            <numerusform>%n инициатив в качестве донора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>%n обновление от партнера</numerusform>
            <numerusform>%n обновления от партнера</numerusform>
            <numerusform>%n обновлений от партнера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>%n отправленная рабочая книга для обновления</numerusform>
            <numerusform>%n отправленные рабочие книги для обновления</numerusform>
            <numerusform>%n отправленных рабочих книг для обновления</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>На «{0}» ничто не ссылается. Он будет удален; его история останется у «{1}».</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>От «{1}» к «{2}» перейдут: {0}. «{1}» будет удален; его история останется у «{2}».</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>Обновления, представленные партнером</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>пакет {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>То, что партнер сообщил в возвращенных им рабочих книгах для обновления. Комментарии принадлежат партнеру; примечания к результату ему никогда не отправляются.</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>От партнера пока нет обновлений.</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>Экспорт рабочей книги для обновления партнером</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(выберите партнера)</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнер:</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>Выберите партнера, для которого нужно экспортировать рабочую книгу.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Ваше имя пользователя на этом компьютере</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>Показывать при запуске, что требует внимания</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>&amp;Синхронизировать автоматически каждые</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин.</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Интервал автоматической синхронизации в минутах</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>Ваше имя в истории:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>Напоминать о соглашениях, истекающих в течение:</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>Напоминать о результатах со сроком в течение:</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>Папка для новых баз данных:</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Командный сервер:</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>Соглашение с более длительным сроком уведомления о продлении показывается с начала этого срока.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>Папка для новых баз данных</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>Предварительный просмотр печати: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение: {0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>Экспорт отчета для донора в PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(выберите донора)</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Донор:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF-файла…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Выберите донора, для которого нужно экспортировать отчет.</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>страниц: %n</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>Отчет для донора экспортирован</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>PDF-файл ({0}) сохранен как {1}.</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — напечатано {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>Сводка: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>Текст: «{0}»</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>Фильтры: {0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Записей нет.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>Удалить эту запись (после подтверждения)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>Сохранить и закрыть (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>Закрыть без сохранения изменений в «{0}»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Удалить запись «{1}» ({0})? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Отменить несохраненные изменения</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Сведе&amp;ния</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Состояние редактора</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Ошибка в поле «{0}»</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Изменения еще не сохранены.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Новая запись: {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (копия)</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>добавление записи «{1}» ({0})</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>изменение записи «{1}» ({0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>Не сохранено: дата введена не полностью или неверно.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>{0}: запись изменена, пока вы ее редактировали. Их изменения внесены в форму (отмечены); ваши несохраненные изменения сохранены.</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>{0}: эта запись удалена. Ваши изменения по-прежнему показаны: скопируйте то, что нужно.</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>{0}: запись удалена.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>{0}: запись обновлена; показана текущая версия.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>Ваш импорт (пакет {0})</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>Ваша отмена пакета импорта {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>{1}: новое значение — «{0}». Оставить ваше значение или принять их?</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>Вы, в другом окне</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>{0}: изменено.</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>Перед сохранением выберите для каждого отмеченного поля ваше значение или их: {0}.</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>Ваше значение сохранено.</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>Принято их значение.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Не сохранено: нужно исправить %n ошибку.</numerusform>
            <numerusform>Не сохранено: нужно исправить %n ошибки.</numerusform>
            <numerusform>Не сохранено: нужно исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>Сохранить изменения в «{0}»?</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>новой записи</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>Просрочено: срок прошел, а результат еще не представлен</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>Открыть эту запись</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>Открыть связанную запись</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Изменяет или продлевает</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>Изменено или продлено соглашениями</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>Запись открывается клавишей Enter или двойным щелчком.</translation>
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
        <translation>Tab переходит по ячейкам текущей строки, а затем выходит из таблицы; {0} / {1} — переход на строку выше / ниже.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>Добавить строку под текущей ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>Удалить текущую строку ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>В&amp;ыше</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>Переместить текущую строку вверх ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>Переместить текущую строку вниз ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>Поиск партнеров, аббревиатур, контактов, соглашений, проектов, результатов…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>Введите не менее двух букв. Enter — открыть, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>Enter открывает выбранную запись.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>По запросу «{0}» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Введите текст для поиска…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>Показать все (стрелка вниз)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>Нет элементов, соответствующих «{0}»</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Нет элементов</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>«{0}» — неизвестный код страны</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>«{0}» — недопустимый адрес базы данных.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>«{0}» — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>«{0}» нет в справочном списке</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>«{0}» не входит в число значений: {1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>Нет драйвера базы данных для {0}: {1}.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>Драйвер PostgreSQL не установлен: чтобы работать с сервером, установите unccd-desktop[postgresql].</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>Не удалось создать резервную копию: {0}.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>Не удалось восстановить резервную копию в {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>Не удалось записать резервную копию в {0}: диск заполнен или неисправен ({1}). Освободите место или выберите другое расположение и повторите попытку.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>Не удалось записать резервную копию в {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>Файл резервной копии не может совпадать с самой базой данных.</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>Резервная копия {0} оказалась пустой.</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>Восстанавливаемая резервная копия не может совпадать с самой базой данных.</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>Не удается открыть базу данных {0}: проверьте, что файл и его папка существуют и что у вас есть права на запись в них.</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>Базу данных {0} нельзя использовать: {1}</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>База данных {0} повреждена и не может быть прочитана. Откройте другой файл или восстановите последнюю резервную копию (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>База данных {0} пуста (0 байт): запись была прервана или не выполнялась. Откройте другой файл или восстановите последнюю резервную копию (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>База данных {0} используется другой программой (или другой копией UNCCD Partnerships) и оставалась заблокированной {1} с. Ничего не изменено; закройте другую программу и повторите попытку.</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>База данных {0} доступна только для чтения. Скопируйте ее в папку, где у вас есть права на запись, или измените ее разрешения, а затем откройте снова.</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>Диск, на котором находится {0}, сообщил об ошибке чтения или записи (возможно, он заполнен или отключен). Ничего не сохранено; проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>Обновление схемы остановлено: после него осталось бы {0} битых ссылок (первая в таблице {1}); база данных не изменена.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>Файл резервной копии {0} не найден.</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>Файл базы данных {0} не найден.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>На диске, где находится {0}, не осталось места. Ничего не сохранено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>Эта база данных создана более новой версией UNCCD Partnerships (схема {0}). Чтобы открыть ее, установите последнюю версию приложения.</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>У вас нет прав на чтение {0}.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>Ваша учетная запись «{0}» не имеет права читать командную базу данных {1}: попросите ее администратора назначить вам уровень (viewer, editor или admin).</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>Ваша учетная запись «{0}» не имеет права управлять учетными записями командного сервера {1}: выполните это от имени учетной записи, создавшей командную базу данных, или суперпользователя PostgreSQL. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>На командном сервере {0} еще нет уровней доступа: сначала выполните unccd-desktop sync roles --server URL.</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>{0} не является командной базой данных UNCCD Partnerships: сначала создайте ее командой unccd-desktop db init --db URL.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>«{0}» не является уровнем доступа: используйте viewer, editor или admin.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>«{0}» не может быть учетной записью сотрудника: имена, начинающиеся с pg_, и групповые роли unccd_viewer, unccd_editor и unccd_admin зарезервированы.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>На этом компьютере нет хранилища ключей для пароля к {0}. Храните пароль в файле паролей PostgreSQL (~/.pgpass) или в файле служб (pg_service.conf); больше нигде UNCCD Partnerships его не хранит.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>Хранилище ключей этого компьютера не сохранило пароль к {0} ({1}). Храните пароль в файле паролей PostgreSQL (~/.pgpass) или в файле служб (pg_service.conf); больше нигде UNCCD Partnerships его не хранит.</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>контакт, покинувший должность, не может быть основным</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>результат должен относиться к проекту или соглашению</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>соглашение «{0}»</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>изменение или продление «{0}»</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>строка {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>строка {0}: такой записи нет</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>слишком длинное значение (не более {0} символов)</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0} (изменение)</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0} (продление {1} г.)</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0} (продление)</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>Конфликт {0} уже разрешен.</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>Файла документа {0} ({1}) нет ни на этом компьютере, ни на сервере.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>Командный сервер недоступен: {0} Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>Командный сервер использует схему {0}, а этот компьютер — {1}: администратор должен сначала обновить сервер (unccd-desktop db upgrade --db SERVER). Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>Командный сервер использует схему {0}, а этот компьютер — {1}: установите на этот компьютер более новую версию UNCCD Partnerships и повторите синхронизацию. Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>На командном сервере {0} уже есть записи: публикуйте только на пустой сервер или вместо этого клонируйте с него локальный файл.</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>Конфликта с номером {0} нет.</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>Партнер, созданный здесь, и партнер на командном сервере называются одинаково — «{0}»: сначала переименуйте своего, затем оставьте его как отдельную запись.</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>{0} — другой командный сервер, а не тот, из которого создана эта локальная копия: локальная копия синхронизируется только со своим сервером. Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>Эта база данных уже является локальной копией командного сервера {0}.</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>Эта база данных не подключена к командному серверу: сначала клонируйте с сервера локальный файл или опубликуйте эту базу данных на пустой сервер.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>Ваша учетная запись «{0}» на командном сервере имеет право только на чтение, а на этом компьютере есть неотправленные изменения ({1}): попросите администратора сервера предоставить вам права редактора (editor). Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>{0} уже существует: выберите новое имя файла для локальной копии.</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>Изменения, сделанные на этом компьютере ({0}), не дошли до командного сервера, и есть нерешенные конфликты ({1}): сначала выполните синхронизацию или все равно отключитесь, и команда их не получит.</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>{0} не является базой данных командного сервера: администратор создает ее командой unccd-desktop db init --db ADDRESS (PostgreSQL). Обмен данными не выполнен.</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>это название уже есть у другого партнера</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>этот код уже есть у другого проекта</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>прикрепите файл к одному соглашению или к одному результату</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>не может быть этим же соглашением</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>результат «{0}»</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>документ «{0}»</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>контактное лицо «{0}»</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>инициатива «{0}» (донор)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>должно быть веб-адресом, начинающимся с http:// или https://</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>должно быть не меньше {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>должно быть не больше {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>необходимо заполнить</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>необходимо заполнить, если указан бюджет</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>должно быть не раньше фактического начала</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>должно быть не раньше даты вступления в силу</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>должно быть не раньше планового начала</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>должно быть не раньше даты подписания</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>должно быть не раньше даты представления</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>не должно быть меньше {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>такой записи нет</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>не является хешем SHA-256 (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>не является полем этой записи</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>недопустимая дата (используйте формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>недопустимый адрес электронной почты</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>проект «{0}»</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>строка {0}: год окончания раньше года начала</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>{0} содержит таблицы, но не является базой данных UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} указан дважды в числе сторон</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} указан дважды в роли {1}</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>{0} не является базой данных UNCCD Partnerships (это не файл SQLite).</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>{0} не является полной резервной копией UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>{0} — непригодная резервная копия: {1}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>Эта база данных не подключена к командному серверу (Файл → Командный сервер…).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>Синхронизация уже выполняется.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Синхронизация с командным сервером…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Синхронизировано: отправлена %n запись</numerusform>
            <numerusform>Синхронизировано: отправлены %n записи</numerusform>
            <numerusform>Синхронизировано: отправлено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, получена %n</numerusform>
            <numerusform>, получены %n</numerusform>
            <numerusform>, получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>; %n конфликт ждет вашего выбора</numerusform>
            <numerusform>; %n конфликта ждут вашего выбора</numerusform>
            <numerusform>; %n конфликтов ждут вашего выбора</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>Командный сервер не отвечает.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>Сбой синхронизации ({0}): {1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Еще не синхронизировано</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Синхронизировано: {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ждет отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>Синхронизация с командным сервером</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>Последняя синхронизация не удалась: {0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>Командный сервер: {0}</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>Щелкните, чтобы разрешить конфликты.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Командный сервер</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Неотправленные изменения:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Нерешенные конфликты:</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Адрес командного сервера</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Адрес &amp;сервера:</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>Ваше имя пользователя PostgreSQL указывается перед @. Пароль, введенный в адресе, хранится в хранилище ключей этого компьютера и никогда — в файле базы данных.</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>&amp;Клонировать в новый файл…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>Создать новый локальный файл с записями сервера и открыть его.</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>&amp;Опубликовать эту базу данных…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>Поместить эту базу данных на пустой командный сервер; после этого файл становится локальной копией этого сервера.</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Синхронизация с сервером</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>Отправить изменения, сделанные здесь, затем получить изменения команды.</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>О&amp;тключить…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>Этот файл становится автономной базой данных; сервер сохраняет свои записи.</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>Локальная копия {0}</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>Командный сервер: к нему подключаются локальные копии, сотрудники могут работать на нем напрямую.</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>Автономная: не подключена к командному серверу.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Еще не синхронизировано</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0} (последняя попытка, {1}, не удалась: {2})</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>Введите адрес сервера в виде {0}.</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>Сохранить новый локальный файл как</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Базы данных UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>{0} уже существует; выберите другое имя для нового файла.</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>Копирование записей командного сервера в {0}…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>Локальный файл {0} создан по данным командного сервера.</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>Публикация этой базы данных</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>Поместить все записи этой базы данных на командный сервер {0}?</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>Сервер должен быть пустым. После этого файл становится локальной копией сервера: при каждой синхронизации ваши изменения отправляются на сервер, а изменения команды приходят обратно.</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>Публикация этой базы данных на {0}…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>Теперь эта база данных находится на командном сервере.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, не дошло до командного сервера.</numerusform>
            <numerusform>%n изменения, сделанные здесь, не дошли до командного сервера.</numerusform>
            <numerusform>%n изменений, сделанных здесь, не дошли до командного сервера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>%n конфликт не разрешен.</numerusform>
            <numerusform>%n конфликта не разрешены.</numerusform>
            <numerusform>%n конфликтов не разрешено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>После отключения файл сохранит свои записи, но эти изменения так и не будут отправлены: чтобы они остались у команды, сначала выполните синхронизацию. Все равно отключить?</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>Отключить этот файл от {0}?</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>Он станет автономной базой данных; командный сервер сохранит свои записи.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключение</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>Этот файл больше не подключен к серверу.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Повторено: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>Отменить «{0}»? Запись будет удалена.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>синхронизация с командным сервером</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>&amp;Повторить: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Отменено: {0}.</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>импорт или восстановление</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>пакет импорта {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>отмена пакета импорта {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>«{0}» больше нельзя отменить или повторить: запись с тех пор изменена ({1}).</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>«{0}» не отменено: запись с тех пор изменена.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>«{0}» не отменено: запись с тех пор удалена.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>Руководство пользователя {0}</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>В этой установке нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Добро пожаловать в {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>Это приложение ведет реестр партнерств Конвенции Организации Объединенных Наций по борьбе с опустыниванием: партнеры, соглашения, инициативы, проекты и их результаты. На этом компьютере пока нет базы данных. С чего вы хотите начать?</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>Открыть демонстрационную базу данных</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>Партнерства Глобального механизма, описанные в записке ICCD/COP(15)/21 к пятнадцатой сессии Конференции Сторон: здесь можно без риска все опробовать.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Создать пустую базу данных</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>Начните собственный реестр партнерств.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Открыть существующую базу данных…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>Файл, полученный от коллеги или с другого компьютера.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Изменить папку…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>Ваши базы данных и их резервные копии хранятся в {0}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Базы данных UNCCD Partnerships (*.unccd);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>Папка для ваших баз данных</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Сохранить рабочую книгу</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Рабочая книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись рабочей книги…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>Занимает должность</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID контакта</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>ID результата</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Ссылка на подтверждение</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>Покинул должность (да/нет)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Импорт рабочей книги</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Ход выполнения (%)</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>Проект или соглашение</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Электронные таблицы (*.xlsx *.xlsm *.ods *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>Импорт применен как пакет {0}.</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>Рабочая книга сохранена как {0}.</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>Обмен рабочими книгами</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Рабочая книга экспортирована</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
</TS>
