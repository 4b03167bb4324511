<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>La liste des pays provient de lukes/ISO-3166-Countries-with-Regional-Codes, établie à partir de la norme M49 de l&apos;ONU et de la norme ISO 3166, sous licence &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Les codes de monnaie sont ceux de la liste de codes Currency de l&apos;IATI.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Renou&amp;veler…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>Préparer le renouvellement de cet accord&#xa0;: un nouveau projet d&apos;accord dont la durée fait suite à la sienne</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>Préparer une modification de cet accord&#xa0;: un nouveau projet d&apos;accord de même durée</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>Renouvellement de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>Modification de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>Pas encore enregistré&#xa0;: vérifiez les dates, les parties et le titre, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>Pas encore enregistré&#xa0;: l&apos;accord renouvelé n&apos;a pas de date d&apos;expiration, la nouvelle durée n&apos;est donc pas connue. Saisissez ses dates, vérifiez les parties et le titre, puis enregistrez.</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>Accord renouvelé</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>«&#xa0;{0}&#xa0;» renouvelle «&#xa0;{1}&#xa0;». Donner à «&#xa0;{1}&#xa0;» le statut «&#xa0;{2}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>passage de «&#xa0;{0}&#xa0;» au statut renouvelé</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>Accord non marqué comme renouvelé</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Limite de préavis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>Chronologie de l&apos;accord</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>Aucune date enregistrée.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>{0} existe déjà&#xa0;; choisissez un autre nom pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de données UNCCD Partnerships (*.unccd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>La sauvegarde a été restaurée. Le fichier qu&apos;elle remplace est conservé sous {0}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Restauration de la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>La nouvelle langue s&apos;affichera une fois le travail en cours terminé.</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>La langue n&apos;a pas été changée&#xa0;: pour chaque champ signalé, gardez d&apos;abord votre valeur ou prenez la leur.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>Points à suivre</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>Ouvrir le tableau de bord (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>%n produit livrable en retard</numerusform>
            <numerusform>%n produits livrables en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>%n produit livrable attendu cette semaine</numerusform>
            <numerusform>%n produits livrables attendus cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>%n accord dont la date limite de préavis tombe cette semaine</numerusform>
            <numerusform>%n accords dont la date limite de préavis tombe cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>%n accord expirant cette semaine</numerusform>
            <numerusform>%n accords expirant cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>Points à suivre&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>Les dates de préavis de renouvellement et d&apos;expiration des accords signés et en vigueur, et les dates d&apos;échéance des produits livrables en cours, sous forme d&apos;événements d&apos;une journée entière pour Outlook, Thunderbird ou tout autre calendrier. Importer ensuite un fichier plus récent met à jour les événements qu&apos;il avait ajoutés.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>Toutes les dates à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>Le prochain jour</numerusform>
            <numerusform>Les %n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>Dates de rappel écrites dans {0}&#xa0;: %n</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>Tapez pour filtrer&#xa0;; la flèche Bas mène à la liste, où Espace coche une entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>&amp;Garder la mienne comme autre fiche</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>&amp;Prendre la leur et y fusionner la mienne</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>Les deux fiches sont conservées&#xa0;: il ne s&apos;agit pas du même partenaire.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Modifiée ici, supprimée sur le serveur</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifiée des deux côtés</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Supprimée ici, modifiée sur le serveur</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>La modification est renvoyée à la prochaine synchronisation (une fois corrigé ce que le serveur a refusé).</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>La modification faite ici est abandonnée&#xa0;; la fiche reprend les valeurs du serveur.</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>La fiche revient ici telle qu&apos;elle est sur le serveur.</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>La fiche est rétablie sur le serveur, avec les modifications faites ici.</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>La fiche est supprimée ici aussi.</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>La fiche est supprimée sur le serveur aussi, à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>La fiche créée ici est fusionnée avec celle du serveur&#xa0;: ses liens et son historique passent à la fiche du serveur, et la copie créée ici disparaît.</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>La valeur du serveur est reprise ici&#xa0;; la valeur saisie ici est abandonnée.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>La valeur de cet ordinateur est envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>La leur (serveur d&apos;équipe)</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Valeurs des deux côtés</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>Historique sur cet ordinateur</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>Historique sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>toute la fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>%n modification faite ici diffère de celle du serveur d&apos;équipe. Le serveur garde sa valeur jusqu&apos;à votre choix&#xa0;; votre choix est envoyé à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications faites ici diffèrent de celles du serveur d&apos;équipe. Le serveur garde sa valeur jusqu&apos;à votre choix&#xa0;; votre choix est envoyé à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>Aucun conflit n&apos;attend votre choix.</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>«&#xa0;{0}&#xa0;» a été modifié ici et sur le serveur d&apos;équipe, avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>Cette fiche a été supprimée ici et modifiée sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>Cette fiche a été modifiée ici et supprimée sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>Ce partenaire a été créé ici avec le nom ou le sigle d&apos;un partenaire qui existe déjà sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>Le serveur d&apos;équipe n&apos;a pas accepté la modification faite ici.</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(aucune fiche)</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>Lecture de l&apos;historique sur le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>L&apos;historique du serveur ne peut pas être affiché&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>Points à suivre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produit livrable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré le</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>Produits livrables en retard</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>Enregistrements par statut</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>Produits livrables par initiative</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>Produits livrables par donateur</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>Accords arrivant à expiration (préavis de renouvellement ou {0} jours)</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>Produits livrables attendus dans les {0} jours</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>Aucun accord n&apos;arrive bientôt à expiration.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Rien n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>Rien n&apos;est attendu dans les {0} prochains jours.</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>Aucun accord signé ou en vigueur n&apos;est échu.</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>Tous les accords signés ou en vigueur ont une date d&apos;expiration.</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>Accords toujours actifs après leur expiration (%n)</numerusform>
            <numerusform>Accords toujours actifs après leur expiration (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>Accords sans date d&apos;expiration (%n)</numerusform>
            <numerusform>Accords sans date d&apos;expiration (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>Sans date (Suppr)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date. Écrivez-la sous la forme {1} ou {2}, ou appuyez sur Suppr pour laisser le champ vide.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Déposez des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Enregistrez la fiche avant de joindre des documents.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>Retirer {0} de cette fiche&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>Exporter le rapport au donateur</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Tous les partenariats</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>Un donateur&#xa0;:</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>Une initiative&#xa0;:</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(choisissez un donateur)</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(choisissez une initiative)</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Choisissez le donateur dont exporter le rapport.</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>Choisissez l&apos;initiative dont exporter le rapport.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produit livrable</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produits livrables</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>Secrétariat de convention</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>En finalisation</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Institution financière</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>Activité habilitante du FEM</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Agent d&apos;exécution</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>Partenariat informel</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>Lettre d&apos;accord</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>Mémorandum d&apos;accord multipartite</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>Préparation de projet</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>Un problème est survenu dans {0}. Vos données enregistrées sont intactes. Veuillez envoyer les détails ci-dessous à la personne chargée de l&apos;assistance pour l&apos;application.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>Également écrit dans {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>Le fichier {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation d&apos;utiliser {0}.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produit livrable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>Identifiant unique (UUID)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>Pays du siège</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>Identifiant IATI de l&apos;organisation</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Autres noms (un par ligne)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>Préavis (jours)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>Justificatif (lien web)</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Modifie/renouvelle</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produits livrables</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>Lancée à</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>Toujours en poste</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>Correspondants de ce partenaire</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>A&amp;jouter un correspondant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>Historique de cette fiche</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>«&#xa0;{0}&#xa0;» est ambigu (le jour et le mois peuvent être inversés)&#xa0;; écrivez-le sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date (écrivez-la sous la forme AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: la valeur doit être oui ou non</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>«&#xa0;{0}&#xa0;» là où une date était attendue</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>«&#xa0;{0}&#xa0;» là où un nombre était attendu</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Ligne vide</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>Contenu ignoré</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>Les liens vers d’autres classeurs ont été ignorés.</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Colonne manquante</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>De nouveaux contacts ne peuvent être ajoutés que dans un classeur de mise à jour du partenaire (il indique à qui appartiennent les contacts).</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>Nouvelle ligne refusée</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Aucun produit livrable n’a l’identifiant {0} (il a peut-être été supprimé de la base de données depuis l’export).</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>Aucune trace d’export</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Aucun correspondant n’a l’identifiant {0} (il a peut-être été supprimé de la base de données depuis l’export).</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>Aucune feuille de ce fichier ne contient de produits livrables ni de correspondants avec les colonnes attendues (par exemple «&#xa0;Deliverable ID&#xa0;» et «&#xa0;Status&#xa0;»).</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non essayé</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>Autre version du schéma</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>Colonne en double</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>Fiche en double</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>La feuille «&#xa0;{0}&#xa0;» n’a pas de colonne «&#xa0;{1}&#xa0;»&#xa0;: ses lignes ne peuvent pas être rattachées à des fiches&#xa0;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>La feuille «&#xa0;{0}&#xa0;» n’a pas été importée&#xa0;: elle ne contient aucune colonne de produits livrables ni de correspondants.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>Feuille «&#xa0;{0}&#xa0;»&#xa0;: lecture arrêtée à la ligne {1} après {2} lignes vides.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>Feuille «&#xa0;{0}&#xa0;»&#xa0;: la colonne «&#xa0;{1}&#xa0;» figure deux fois&#xa0;; la première a été utilisée.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>Feuille «&#xa0;{0}&#xa0;»&#xa0;: la colonne «&#xa0;{1}&#xa0;» n’est pas lue par cette importation&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>Feuille «&#xa0;{0}&#xa0;»&#xa0;: {1} lignes ne contiennent rien dans les colonnes importées (la première est la ligne {2})&#xa0;; elles ont été ignorées.</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>Feuille ignorée</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>La base de données a refusé ces valeurs ({0}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>Feuille «&#xa0;{0}&#xa0;»&#xa0;: la colonne «&#xa0;{1}&#xa0;» contient des commentaires du partenaire, qui ne sont lus que dans un classeur de mise à jour du partenaire&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>{0} contient la feuille masquée d’un classeur de mise à jour du partenaire, mais celle-ci ne désigne aucun export&#xa0;: la feuille a été modifiée, le fichier ne peut donc pas être comparé à ce qui a été envoyé. Exportez un nouveau classeur pour le partenaire.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>{0} désigne l’export {1}, que cette base de données n’a pas fait (a-t-il été exporté d’une autre copie de la base de données&#xa0;?). Il ne peut pas être comparé à ce qui a été envoyé&#xa0;; il n’est donc pas importé.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>{0} désigne l’export {1}, mais pas le partenaire pour lequel cet export a été fait&#xa0;: sa feuille masquée a été modifiée&#xa0;; il n’est donc pas importé. Exportez un nouveau classeur pour le partenaire.</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>{0} {1} ne fait pas partie des fiches envoyées avec ce classeur&#xa0;; un classeur de mise à jour du partenaire ne modifie que les fiches de son propre partenaire, cette ligne n’est donc pas importée.</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>{0} est un classeur dont les parties sont organisées d’une manière que cette application ne sait pas lire. Ouvrez-le dans votre tableur et enregistrez-le de nouveau au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un PDF, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est une image {1}, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>{0} est une archive {1}, pas une feuille de calcul. Extrayez-en le classeur et importez ce fichier.</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un document Word, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est une présentation PowerPoint, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un texte, un dessin ou une présentation OpenDocument, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un ancien fichier Microsoft Office qui ne contient aucun classeur (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est une archive ZIP sans classeur (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>{0} est une archive ZIP contenant {1}&#xa0;: extrayez ce fichier et importez-le.</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} est une page web (HTML), pas une feuille de calcul. Si un site web l’a fourni comme feuille de calcul, ouvrez-le dans votre tableur et enregistrez-le au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} est une feuille de calcul XML Excel 2003. Ouvrez-la dans votre tableur et enregistrez-la au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un fichier XML, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un fichier JSON, pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} est un document texte enrichi (RTF), pas une feuille de calcul (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} est un texte UTF-16 (texte Unicode). Enregistrez-le au format «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>{0} est un fichier texte, pas un classeur Excel&#xa0;; s’il s’agit d’un export CSV, donnez-lui l’extension .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} est un fichier texte, pas une feuille de calcul OpenDocument&#xa0;; s’il s’agit d’un export CSV, donnez-lui l’extension .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} est un fichier texte, pas une feuille de calcul&#xa0;; s’il s’agit d’un export CSV, donnez-lui l’extension .csv.</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>Les lignes n’ont pas pu être essayées sur la base de données ({0})&#xa0;; elles seront vérifiées de nouveau lors de l’application.</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>Le classeur contient des macros&#xa0;; elles n’ont pas été exécutées.</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>Le classeur a été exporté d’une autre version du schéma de base de données ({0}&#xa0;; cette base en est à la version {1})&#xa0;; ses colonnes sont lues par leur nom, comme d’habitude.</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>Il n’y a pas de fichier à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>Cet identifiant figure aussi à la ligne {0}&#xa0;; chaque fiche ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>Ce contact appartient à un autre partenaire.</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>Ce fichier ne porte aucune trace d’export&#xa0;: les modifications sont comparées à la base de données telle qu’elle est maintenant, si bien que celles faites entre-temps ne peuvent pas être distinguées.</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>Ce fichier a déjà été importé (lot {0}).</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>Cette fiche a été modifiée dans la base de données pendant la lecture du fichier&#xa0;; affichez de nouveau l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>Cette ligne n’a pas d’identifiant de produit livrable (Deliverable ID)&#xa0;; on ne peut pas ajouter de nouveaux produits livrables à partir d’un classeur.</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Colonne inconnue</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>Fiche inconnue</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>Valeur illisible</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Valeur refusée</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>Vous n’avez pas l’autorisation de lire {0}.</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>un nouveau contact doit avoir un nom</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>un renvoi au texte numéro {0}, que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>ne peut pas rester vide</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>contient une formule dont le résultat n’a jamais été calculé&#xa0;; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le de nouveau, ou saisissez la valeur</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n’est pas une date</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>doit être un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>{0} a changé depuis l’aperçu&#xa0;; affichez-en de nouveau l’aperçu.</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} caractères, plus que les {1} qu’une cellule de feuille de calcul peut contenir</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>{0} contient des déclarations d’entités XML, dont les classeurs n’ont jamais besoin&#xa0;; il est refusé car dangereux.</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>{0} contient une partie compressée {1} fois, bien au-delà de tout classeur réel&#xa0;; il est refusé comme bombe zip possible.</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>{0} compte trop de parties ({1}) pour être un classeur normal.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} est un dossier, pas une feuille de calcul.</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} est un classeur binaire Excel (.xlsb). Ouvrez-le dans votre tableur et enregistrez-le au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>{0} est endommagé et ne peut pas être lu (XML mal formé ou dangereux&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>{0} est endommagé et ne peut pas être lu ({1}). Ouvrez-le dans votre tableur et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>{0} est endommagé ou incomplet (ce n’est pas un classeur lisible). Demandez de nouveau le fichier, ou ouvrez-le et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>{0} est endommagé ou incomplet (la partie {1} ne peut pas être lue).</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>{0} est endommagé&#xa0;: les données de ses feuilles manquent.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} est vide.</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} est à l’ancien format Excel 97–2003 (.xls). Ouvrez-le dans votre tableur et enregistrez-le au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} n’est pas un texte UTF-8. Enregistrez-le au format «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} n’est pas une date</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} n’est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} n’est pas une feuille de calcul que cette application sait lire (utilisez .xlsx, .ods ou .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>{0} n’est pas un fichier CSV bien formé ({1}).</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>{0} est protégé par un mot de passe (chiffré) et ne peut donc pas être lu. Ouvrez-le, retirez le mot de passe (Fichier → Informations → Protéger le classeur → Chiffrer avec mot de passe) et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>{0} est protégé par un mot de passe (chiffré) et ne peut donc pas être lu. Retirez le mot de passe et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>{0} est trop volumineux ou trop profondément imbriqué pour être lu.</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>{0} fait {1} Mo&#xa0;; les fichiers de plus de {2} Mo ne sont pas importés. Scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>{0} lignes ont encore des conflits à résoudre (garder la valeur de la base ou prendre celle du partenaire)&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>{0} lignes comportent des erreurs. Corrigez le fichier ou choisissez d’ignorer ces lignes&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>{0} occuperait {1} Mo une fois ouvert, au-delà de la limite de {2} Mo&#xa0;; il est refusé comme bombe zip possible.</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>{0}&#xa0;: modifié dans la base de données depuis l’export, et dans le fichier&#xa0;; choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>{0}&#xa0;: la feuille «&#xa0;{1}&#xa0;» compte plus de {2} lignes, le maximum qu’une importation accepte. Scindez le fichier.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>Erreurs ignorées</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>Rétablir les valeurs remplacées par le lot d&apos;importation {0} ({1})&#xa0;?</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>Annulation du lot d&apos;importation {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>{0} nouveaux, {1} mis à jour, {2} inchangés, {3} conflits, {4} erreurs. Rien n&apos;est écrit avant que vous n&apos;appliquiez.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>Lignes avec modifications, conflits ou erreurs</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>Garder toutes les valeurs de la base</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>Prendre toutes les valeurs du fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>À l&apos;export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Ignorer les lignes en erreur</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>Garder la valeur de la base</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>Prendre la valeur du fichier</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>Lignes en erreur&#xa0;: corrigez le fichier ou ignorez-les.</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>Choisissez une valeur pour chaque conflit.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>Erreur ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>Avertissement ({0})&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>{0} n&apos;a pas pu être écrit&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>Lignes écrites dans {0}&#xa0;: %n.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>Filtrer les {0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Ajouter une fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Supprimer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;Correspondants</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Mises à jour</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Fiches l&amp;iées</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} du</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0} au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>Tous ({0})</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>Filtrer par {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Supprimer la fiche «&#xa0;{1}&#xa0;» ({0})&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>«&#xa0;{0}&#xa0;» ne peut pas être supprimé, car d’autres enregistrements y renvoient encore&#xa0;: {1}. Supprimez-les ou réaffectez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Annulation… rien n&apos;en sera conservé.</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>Ouverture de la base de données… la liste sera modifiable dans un instant.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>Enregistrez ou abandonnez les modifications non enregistrées avant d&apos;annuler celles qui le sont.</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>Nouvelle &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>Ser&amp;veur d&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>Confli&amp;ts de synchronisation…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>E&amp;xporter le rapport au donateur en PDF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Exporter cette &amp;liste…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Votre &amp;nom dans l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>Nom inscrit dans l&apos;historique de vos modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>Les modifications sont désormais enregistrées au nom de «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Bases de données UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de données UNCCD Partnerships (*.unccd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Sauvegardez une base de données sur serveur avec les outils du serveur.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Sauvegardé dans {0}</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>Exporter le rapport au &amp;donateur…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>Exporter le classeur de mise à jour du &amp;partenaire…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>Fusionner avec un autre partenaire</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>Nom ou sigle du partenaire à conserver</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>Partenaire à conserver</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>Fusionner «&#xa0;{0}&#xa0;» &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>Le partenaire choisi est conservé. Ce qui renvoie à «&#xa0;{0}&#xa0;» renverra à lui, et «&#xa0;{0}&#xa0;» sera supprimé&#xa0;; son historique reste avec le partenaire conservé.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>La sauvegarde la plus récente est {0}. La restaurer conserve le fichier actuel à côté.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>Fusionne&amp;r avec un autre partenaire…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>Fondre ce partenaire dans une autre fiche de la même organisation</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Fusionne&amp;r…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Fusionner des partenaires</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>Les champs vides de «&#xa0;{0}&#xa0;» prennent les valeurs de «&#xa0;{1}&#xa0;», dont le nom reste parmi les autres noms de «&#xa0;{0}&#xa0;». Une fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>«&#xa0;{0}&#xa0;» a été fusionné avec ce partenaire.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Fusion non effectuée</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>%n correspondant</numerusform>
            <numerusform>%n correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>%n initiative en tant que donateur</numerusform>
            <numerusform>%n initiatives en tant que donateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n produit livrable</numerusform>
            <numerusform>%n produits livrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>%n mise à jour du partenaire</numerusform>
            <numerusform>%n mises à jour du partenaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>%n classeur de mise à jour envoyé</numerusform>
            <numerusform>%n classeurs de mise à jour envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>Rien ne renvoie à «&#xa0;{0}&#xa0;». Il sera supprimé&#xa0;; son historique reste avec «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>Seront transférés de «&#xa0;{1}&#xa0;» à «&#xa0;{2}&#xa0;»&#xa0;: {0}. «&#xa0;{1}&#xa0;» sera supprimé&#xa0;; son historique reste avec «&#xa0;{2}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>Mises à jour communiquées par le partenaire</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>lot {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>Ce que le partenaire a communiqué dans les classeurs de mise à jour qu’il a renvoyés. Ses commentaires lui appartiennent&#xa0;; les notes du produit livrable ne lui sont jamais envoyées.</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>Aucune mise à jour du partenaire pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>Exporter le classeur de mise à jour du partenaire</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(choisissez un partenaire)</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>Choisissez le partenaire dont exporter le classeur.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Votre nom d&apos;utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>Afficher les points à suivre au démarrage</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>S&amp;ynchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutes entre deux synchronisations automatiques</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>Votre nom dans l&apos;historique&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>Signaler les accords expirant dans les&#xa0;:</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>Signaler les produits livrables attendus dans les&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>Dossier des nouvelles bases de données&#xa0;:</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Serveur d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>Un accord dont le préavis de renouvellement est plus long est signalé dès le début de ce préavis.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>Dossier des nouvelles bases de données</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>Aperçu avant impression&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>Exporter le rapport au donateur en PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(choisissez un donateur)</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donateur&#xa0;:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Choisissez le donateur dont exporter le rapport.</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>pages&#xa0;: %n</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>Rapport au donateur exporté</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>Le PDF ({0}) a été enregistré sous {1}.</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — imprimé le {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>Tableau de bord&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>Texte&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>Filtres&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Aucune fiche.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>Supprimer cette fiche, après confirmation</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>Enregistrer et fermer (Entrée, Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>Fermer sans enregistrer les modifications de {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>Supprimer la fiche «&#xa0;{1}&#xa0;» ({0})&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>État de l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problème&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouvelle fiche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>ajout de la fiche {0} «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>modification de «&#xa0;{1}&#xa0;» ({0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>Non enregistré&#xa0;: une date est incomplète ou non valide.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>Cette fiche a été modifiée par {0} pendant que vous la modifiiez. Leurs modifications figurent dans le formulaire (signalées)&#xa0;; vos modifications non enregistrées sont conservées.</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>Cette fiche a été supprimée par {0}. Vos modifications restent affichées&#xa0;: copiez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>La fiche a été supprimée par {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>Mise à jour par {0}&#xa0;; la version actuelle est affichée.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>votre importation (lot {0})</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>votre annulation du lot d&apos;importation {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>Modifié en «&#xa0;{0}&#xa0;» par {1}. Garder votre valeur ou prendre la leur&#xa0;?</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>vous, dans une autre fenêtre</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>Modifié par {0}.</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>Avant d&apos;enregistrer, choisissez pour chaque champ signalé votre valeur ou la leur&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>Votre valeur est conservée.</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>Leur valeur est retenue.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>Non enregistré&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>Enregistrer les modifications de {0}&#xa0;?</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>la nouvelle fiche</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>En retard&#xa0;: l&apos;échéance est passée et rien n&apos;a encore été livré</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>Ouvrir cette fiche</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>Ouvrir la fiche liée</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produits livrables</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Modifie ou renouvelle</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>Modifié ou renouvelé par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>Entrée ou un double-clic ouvre la fiche.</translation>
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
        <translation>Tab parcourt les cellules de la ligne en cours, puis quitte le tableau&#xa0;; {0} / {1} mènent à la ligne du dessus / du dessous.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>Ajouter une ligne sous la ligne en cours ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>Supprimer la ligne en cours ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>Monter la ligne en cours ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>Descendre la ligne en cours ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>Rechercher partenaires, sigles, contacts, accords, projets, produits livrables…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>Tapez au moins deux lettres. Entrée ouvre, Échap ferme.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>Entrée ouvre la fiche sélectionnée.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Aucun résultat pour «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>Tout afficher (flèche Bas)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>Aucune entrée ne correspond à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un code de pays connu</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une adresse de base de données valide.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un code de monnaie ISO 4217</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>«&#xa0;{0}&#xa0;» ne figure pas dans la liste de référence</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>«&#xa0;{0}&#xa0;» ne fait pas partie des valeurs&#xa0;: {1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>Aucun pilote de base de données pour {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>Le pilote PostgreSQL n’est pas installé&#xa0;: installez unccd-desktop[postgresql] pour utiliser un serveur.</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>La sauvegarde n’a pas pu être effectuée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>La sauvegarde n’a pas pu être restaurée dans {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {0}&#xa0;: le disque est plein ou défaillant ({1}). Libérez de l’espace ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>Le fichier de sauvegarde ne doit pas être la base de données elle-même.</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>La sauvegarde de {0} est vide.</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>La sauvegarde à restaurer ne doit pas être la base de données elle-même.</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>La base de données {0} ne peut pas être ouverte&#xa0;: vérifiez que le fichier et son dossier existent et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>La base de données {0} ne peut pas être utilisée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>La base de données {0} est endommagée et ne peut pas être lue. Ouvrez un autre fichier ou restaurez la dernière sauvegarde (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>La base de données {0} est vide (0 octet)&#xa0;: elle a été tronquée ou jamais écrite. Ouvrez un autre fichier ou restaurez la dernière sauvegarde (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>La base de données {0} est utilisée par un autre programme (ou une autre copie d’UNCCD Partnerships) et est restée verrouillée pendant {1} secondes. Rien n’a été modifié&#xa0;; fermez l’autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>La base de données {0} est en lecture seule. Copiez-la dans un dossier où vous pouvez écrire, ou modifiez ses autorisations, puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>Le disque qui contient {0} a signalé une erreur de lecture ou d’écriture (il est peut-être plein ou retiré). Rien n’a été enregistré&#xa0;; vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>La mise à niveau du schéma a été arrêtée, car elle aurait laissé {0} références rompues (la première dans la table {1})&#xa0;; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>Il n’y a pas de fichier de base de données à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>Il n’y a plus d’espace sur le disque qui contient {0}. Rien n’a été enregistré&#xa0;; libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente d’UNCCD Partnerships (schéma {0}). Installez la dernière version de l’application pour l’ouvrir.</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>Vous n’avez pas l’autorisation de lire {0}.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>Votre compte «&#xa0;{0}&#xa0;» n&apos;a pas le droit de lire la base de données d&apos;équipe {1}&#xa0;: demandez à son administrateur de vous accorder un niveau (viewer, editor ou admin).</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>Votre compte «&#xa0;{0}&#xa0;» n&apos;a pas le droit de gérer les comptes du serveur d&apos;équipe {1}&#xa0;: exécutez cette commande avec le compte qui a créé la base de données d&apos;équipe, ou avec un superutilisateur PostgreSQL. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>Le serveur d&apos;équipe {0} n&apos;a pas encore de niveaux d&apos;accès&#xa0;: exécutez d&apos;abord unccd-desktop sync roles --server URL.</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>{0} n&apos;est pas une base de données d&apos;équipe UNCCD Partnerships&#xa0;: créez-la d&apos;abord avec unccd-desktop db init --db URL.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un niveau d&apos;accès&#xa0;: utilisez viewer, editor ou admin.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>«&#xa0;{0}&#xa0;» ne peut pas être le compte d&apos;un agent&#xa0;: les noms commençant par pg_ et les rôles de groupe unccd_viewer, unccd_editor et unccd_admin sont réservés.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau où conserver le mot de passe de {0}. Conservez-le plutôt dans un fichier de mots de passe PostgreSQL (~/.pgpass) ou un fichier de services (pg_service.conf)&#xa0;; UNCCD Partnerships ne l&apos;enregistre nulle part ailleurs.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas conservé le mot de passe de {0} ({1}). Conservez-le plutôt dans un fichier de mots de passe PostgreSQL (~/.pgpass) ou un fichier de services (pg_service.conf)&#xa0;; UNCCD Partnerships ne l&apos;enregistre nulle part ailleurs.</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>un contact qui a quitté son poste ne peut pas être le contact principal</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>un produit livrable relève d’un projet ou d’un accord</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>l’accord «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>la modification ou le renouvellement «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>ligne {0}, {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>ligne {0}&#xa0;: fiche introuvable</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>texte trop long ({0} caractères au plus)</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0} (modification)</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0} (renouvellement {1})</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0} (renouvellement)</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>Le conflit {0} a déjà été résolu.</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>Le fichier du document {0} ({1}) ne se trouve ni sur cet ordinateur ni sur le serveur.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>Le serveur d&apos;équipe est injoignable&#xa0;: {0} Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>Le serveur d&apos;équipe est au schéma {0} et cet ordinateur au schéma {1}&#xa0;: un administrateur doit d&apos;abord mettre à niveau le serveur (unccd-desktop db upgrade --db SERVER). Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>Le serveur d&apos;équipe est au schéma {0} et cet ordinateur au schéma {1}&#xa0;: installez la version plus récente d&apos;UNCCD Partnerships sur cet ordinateur, puis synchronisez de nouveau. Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>Le serveur d&apos;équipe {0} contient déjà des fiches&#xa0;: publiez uniquement sur un serveur vide, ou clonez plutôt un fichier local à partir de celui-ci.</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>Il n&apos;y a pas de conflit numéro {0}.</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>Le partenaire créé ici et celui du serveur d&apos;équipe s&apos;appellent tous deux «&#xa0;{0}&#xa0;»&#xa0;: renommez d&apos;abord le vôtre, puis gardez-le comme autre fiche.</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>{0} est un autre serveur d&apos;équipe que celui dont provient cette copie locale&#xa0;: une copie locale ne se synchronise qu&apos;avec son propre serveur. Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>Cette base de données est déjà une copie locale du serveur d&apos;équipe {0}.</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>Cette base de données n&apos;est pas connectée à un serveur d&apos;équipe&#xa0;: clonez d&apos;abord un fichier local à partir du serveur, ou publiez cette base de données sur un serveur vide.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>Votre compte «&#xa0;{0}&#xa0;» sur le serveur d&apos;équipe n&apos;a qu&apos;un droit de lecture, et cet ordinateur a des modifications en attente ({1})&#xa0;: demandez à l&apos;administrateur du serveur les droits d&apos;éditeur (editor). Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>{0} existe déjà&#xa0;: choisissez un nouveau nom de fichier pour la copie locale.</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>Des modifications faites sur cet ordinateur ({0}) ne sont pas parvenues au serveur d&apos;équipe et des conflits ({1}) ne sont pas résolus&#xa0;: synchronisez d&apos;abord, ou déconnectez quand même et l&apos;équipe les perdra.</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>{0} n&apos;est pas une base de données de serveur d&apos;équipe&#xa0;: un administrateur en crée une avec unccd-desktop db init --db ADDRESS (PostgreSQL). Rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>un autre partenaire porte déjà ce nom</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>un autre projet porte déjà ce code</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>joignez le fichier à un seul accord ou à un seul produit livrable</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>ne peut pas être l’accord lui-même</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>le produit livrable «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>le document «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>le correspondant «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>l’initiative «&#xa0;{0}&#xa0;» (donateur)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>doit être une adresse web commençant par http:// ou https://</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>doit être au moins {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>doit être au plus {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>champ obligatoire</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>obligatoire lorsqu’un budget est indiqué</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>ne peut pas précéder le début effectif</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>ne peut pas précéder la date d’entrée en vigueur</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>ne peut pas précéder le début prévu</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>ne peut pas précéder la date de signature</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>ne peut pas précéder la date de soumission</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>ne doit pas être inférieur à {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>fiche introuvable</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>empreinte SHA-256 non valide (64 chiffres hexadécimaux attendus)</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>champ inexistant dans cette fiche</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>date non valide (utilisez la forme AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>adresse électronique non valide</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>le projet «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>ligne {0}&#xa0;: l’année de fin précède l’année de début</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>{0} contient des tables mais n’est pas une base de données UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} figure deux fois parmi les parties</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} figure deux fois dans le rôle {1}</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>{0} n’est pas une base de données UNCCD Partnerships (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>{0} n’est pas une sauvegarde complète d’UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>{0} n’est pas une sauvegarde utilisable&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>Cette base de données n&apos;est pas connectée à un serveur d&apos;équipe (Fichier → Serveur d&apos;équipe…).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Synchronisation avec le serveur d&apos;équipe…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Synchronisé&#xa0;: %n fiche envoyée</numerusform>
            <numerusform>Synchronisé&#xa0;: %n fiches envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n reçue</numerusform>
            <numerusform>, %n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>&#xa0;; %n conflit attend votre choix</numerusform>
            <numerusform>&#xa0;; %n conflits attendent votre choix</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>Le serveur d&apos;équipe ne répond pas.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>Échec de la synchronisation ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Synchronisé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>Synchronisation avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>La dernière synchronisation a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>Serveur d&apos;équipe&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>Cliquez pour résoudre les conflits.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Modifications en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Conflits non résolus&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Adresse du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>Votre nom d&apos;utilisateur PostgreSQL se place avant le @. Un mot de passe saisi dans l&apos;adresse est conservé dans le trousseau de cet ordinateur, jamais dans le fichier de base de données.</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>&amp;Cloner dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>Créer un nouveau fichier local contenant les fiches du serveur, et l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>&amp;Publier cette base de données…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>Placer cette base de données sur un serveur d&apos;équipe vide&#xa0;; ce fichier devient alors une copie locale de ce serveur.</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Synchronisation avec le serveur</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>Envoyer les modifications faites ici, puis recevoir celles de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>Ce fichier devient une base de données autonome&#xa0;; le serveur garde ses fiches.</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>Copie locale de {0}</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>Un serveur d&apos;équipe&#xa0;: les copies locales s&apos;y connectent, les agents peuvent y travailler directement.</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>Autonome&#xa0;: non connectée à un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0} (la dernière tentative, {1}, a échoué&#xa0;: {2})</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>Saisissez l&apos;adresse du serveur sous la forme {0}.</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>Enregistrer le nouveau fichier local sous</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Bases de données UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>{0} existe déjà&#xa0;; choisissez un autre nom pour le nouveau fichier.</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>Copie des fiches du serveur d&apos;équipe dans {0}…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>Le fichier local {0} a été créé à partir du serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>Publier cette base de données</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>Placer toutes les fiches de cette base de données sur le serveur d&apos;équipe {0}&#xa0;?</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>Le serveur doit être vide. Ce fichier devient ensuite une copie locale du serveur&#xa0;: à chaque synchronisation, vos modifications lui sont envoyées et celles de l&apos;équipe reviennent.</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>Publication de cette base de données sur {0}…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>Cette base de données est maintenant sur le serveur d&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>%n modification faite ici n&apos;est pas parvenue au serveur d&apos;équipe.</numerusform>
            <numerusform>%n modifications faites ici ne sont pas parvenues au serveur d&apos;équipe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>%n conflit n&apos;est pas résolu.</numerusform>
            <numerusform>%n conflits ne sont pas résolus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>Une fois déconnecté, ce fichier garde ses fiches mais n&apos;envoie jamais ces modifications&#xa0;: synchronisez d&apos;abord pour les conserver pour l&apos;équipe. Se déconnecter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>Déconnecter ce fichier de {0}&#xa0;?</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>Il devient une base de données autonome&#xa0;; le serveur d&apos;équipe garde ses fiches.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>Ce fichier n&apos;est plus connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>&amp;Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>une synchronisation avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Rétabli&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>Annuler «&#xa0;{0}&#xa0;»&#xa0;? La fiche sera supprimée.</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Annulé&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>une importation ou une restauration</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>lot d&apos;importation {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>annulation du lot d&apos;importation {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» ne peut plus être annulé ni rétabli&#xa0;: la fiche a été modifiée depuis ({1}).</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;a pas été annulé&#xa0;: la fiche a été modifiée depuis.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;a pas été annulé&#xa0;: la fiche a été supprimée depuis.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>Guide de l&apos;utilisateur de {0}</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l&apos;utilisateur manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Bienvenue dans {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>Cette application tient le registre des partenariats de la Convention des Nations Unies sur la lutte contre la désertification&#xa0;: partenaires, accords, initiatives, projets et leurs produits livrables. Il n&apos;y a pas encore de base de données sur cet ordinateur. Comment souhaitez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>Explorer la base de démonstration</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>Les partenariats du Mécanisme mondial décrits dans la note ICCD/COP(15)/21 de la quinzième session de la Conférence des Parties&#xa0;: de quoi tout essayer sans risque.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Créer une base de données vide</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>Commencez votre propre registre des partenariats.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>Un fichier remis par un collègue, ou venant d&apos;un autre ordinateur.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>Vos bases de données et leurs sauvegardes sont conservées dans {0}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de données UNCCD Partnerships (*.unccd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>Dossier de vos bases de données</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Enregistrer le classeur</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Identifiant du contact</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produit livrable</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>Identifiant du produit livrable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Lien vers le justificatif</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>A quitté son poste (oui/non)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>Projet ou accord</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>L&apos;importation a été appliquée sous le numéro de lot {0}.</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>Le classeur a été enregistré sous {0}.</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>Échange de classeurs</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Classeur exporté</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
</TS>
