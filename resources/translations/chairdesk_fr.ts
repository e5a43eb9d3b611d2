<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Exporting the calendar to {file}…</source>
        <translation>Exportation du calendrier vers {file}…</translation>
    </message>
    <message>
        <source>Exported {count} meeting(s) to {file}.</source>
        <translation>{count} réunion(s) exportée(s) vers {file}.</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossible d’exporter le calendrier</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical)</source>
        <translation>Fichiers iCalendar (*.ics *.ical)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Write the meetings to an iCalendar file for Outlook, Google, Apple or Thunderbird</source>
        <translation>Enregistrer les réunions dans un fichier iCalendar pour Outlook, Google, Apple ou Thunderbird</translation>
    </message>
    <message>
        <source>Create or update meetings from an iCalendar file exported by a calendar program</source>
        <translation>Créer ou mettre à jour des réunions à partir d’un fichier iCalendar exporté par un agenda électronique</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <extracomment>Item edits also change what the documents page says about where documents were considered.</extracomment>
        <translation>Ajouter le point « {title} » à l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item “{title}” added.</source>
        <translation>Point de l’ordre du jour « {title} » ajouté.</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <extracomment>Taken on undo, so that redo brings back the same item (and its later edits&apos; ref).</extracomment>
        <translation>Modifier le point « {title} »</translation>
    </message>
    <message>
        <source>Agenda item “{title}” changed.</source>
        <translation>Point de l’ordre du jour « {title} » modifié.</translation>
    </message>
    <message>
        <source>Record outcome of “{title}”</source>
        <translation>Consigner l’issue de « {title} »</translation>
    </message>
    <message>
        <source>Outcome of “{title}” recorded.</source>
        <translation>Résultat de « {title} » enregistré.</translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation>Supprimer le point « {title} »</translation>
    </message>
    <message>
        <source>Agenda item “{title}” deleted.</source>
        <translation>Point de l’ordre du jour « {title} » supprimé.</translation>
    </message>
    <message>
        <source>Move agenda item “{title}” to {position}</source>
        <translation>Déplacer le point « {title} » en position {position}</translation>
    </message>
    <message>
        <source>“{title}” moved to item {position}.</source>
        <translation>« {title} » déplacé au point {position}.</translation>
    </message>
    <message>
        <source>Defer “{title}”</source>
        <translation>Reporter « {title} »</translation>
    </message>
    <message>
        <source>Documents of “{title}” changed.</source>
        <translation>Documents de « {title} » modifiés.</translation>
    </message>
    <message>
        <source>Change the documents of “{title}”</source>
        <translation>Modifier les documents de « {title} »</translation>
    </message>
    <message>
        <source>New document {symbol}</source>
        <translation>Nouveau document {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} added.</source>
        <translation>Document {symbol} ajouté.</translation>
    </message>
    <message>
        <source>Edit document {symbol}</source>
        <translation>Modifier le document {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} changed.</source>
        <translation>Document {symbol} modifié.</translation>
    </message>
    <message>
        <source>Delete document {symbol}</source>
        <translation>Supprimer le document {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} deleted.</source>
        <translation>Document {symbol} supprimé.</translation>
    </message>
    <message>
        <source>Add revision {symbol}</source>
        <translation>Ajouter la révision {symbol}</translation>
    </message>
    <message>
        <source>Revision {symbol} added.</source>
        <translation>Révision {symbol} ajoutée.</translation>
    </message>
    <message>
        <source>Attach {name} to {symbol}</source>
        <translation>Joindre {name} à {symbol}</translation>
    </message>
    <message>
        <source>{name} attached to {symbol}.</source>
        <translation>{name} joint à {symbol}.</translation>
    </message>
    <message>
        <source>Set 1 invitation to “{status}”</source>
        <translation>Passer 1 invitation à « {status} »</translation>
    </message>
    <message>
        <source>Set {count} invitations to “{status}”</source>
        <translation>Passer {count} invitations à « {status} »</translation>
    </message>
    <message>
        <source>{count} invitations set to “{status}”.</source>
        <translation>{count} invitations passées à « {status} ».</translation>
    </message>
    <message>
        <source>Add “{name}” to the list</source>
        <translation>Ajouter « {name} » à la liste</translation>
    </message>
    <message>
        <source>“{name}” added to the list.</source>
        <translation>« {name} » ajouté à la liste.</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>Modifier le contact « {name} »</translation>
    </message>
    <message>
        <source>Contact “{name}” changed.</source>
        <translation>Contact « {name} » modifié.</translation>
    </message>
    <message>
        <source>Remove 1 invitee from the list</source>
        <extracomment>The contact&apos;s version the next do or undo saves against (see EditMeeting).</extracomment>
        <translation>Retirer 1 invité de la liste</translation>
    </message>
    <message>
        <source>Remove {count} invitees from the list</source>
        <translation>Retirer {count} invités de la liste</translation>
    </message>
    <message>
        <source>{count} invitees removed from the list.</source>
        <translation>{count} invités retirés de la liste.</translation>
    </message>
    <message>
        <source>New list “{name}”</source>
        <translation>Nouvelle liste « {name} »</translation>
    </message>
    <message>
        <source>List “{name}” created.</source>
        <translation>Liste « {name} » créée.</translation>
    </message>
    <message>
        <source>Rename list to “{name}”</source>
        <translation>Renommer la liste en « {name} »</translation>
    </message>
    <message>
        <source>List renamed to “{name}”.</source>
        <translation>Liste renommée « {name} ».</translation>
    </message>
    <message>
        <source>Add mandate of {resolution}</source>
        <extracomment>Words the linked meetings or documents of a cell, as the table shows them.</extracomment>
        <translation>Ajouter un mandat de {resolution}</translation>
    </message>
    <message>
        <source>Mandate of {resolution} added.</source>
        <translation>Mandat de {resolution} ajouté.</translation>
    </message>
    <message>
        <source>Edit {what} of a mandate</source>
        <translation>Modifier {what} d’un mandat</translation>
    </message>
    <message>
        <source>The {what} of a mandate changed.</source>
        <translation>Modification de « {what} » d’un mandat.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>la résolution</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>area responsible</source>
        <translation>le secteur responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>l’état</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>l’échéance</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>les réunions</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>les documents</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Supprimer le mandat</translation>
    </message>
    <message>
        <source>Mandate deleted.</source>
        <translation>Mandat supprimé.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <extracomment>The work plan lists the meetings its mandates are followed up in. Deleting a meeting deletes its agenda, which the documents page reports on.</extracomment>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>New meeting “{title}”</source>
        <translation>Nouvelle réunion « {title} »</translation>
    </message>
    <message>
        <source>Meeting “{title}” added.</source>
        <translation>Réunion « {title} » ajoutée.</translation>
    </message>
    <message>
        <source>Edit meeting “{title}”</source>
        <translation>Modifier la réunion « {title} »</translation>
    </message>
    <message>
        <source>Meeting “{title}” changed.</source>
        <translation>Réunion « {title} » modifiée.</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>Annuler « {title} »</translation>
    </message>
    <message>
        <source>“{title}” cancelled.</source>
        <translation>« {title} » annulée.</translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation>Réunion annulée.</translation>
    </message>
    <message>
        <source>Cancel {count} meetings</source>
        <translation>Annuler {count} réunions</translation>
    </message>
    <message>
        <source>{count} meetings cancelled.</source>
        <translation>{count} réunions annulées.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>la réunion</translation>
    </message>
    <message>
        <source>“{title}” postponed; its new date is not known yet.</source>
        <translation>« {title} » reportée ; sa nouvelle date n’est pas encore connue.</translation>
    </message>
    <message>
        <source>“{title}” moved to {date}.</source>
        <translation>« {title} » déplacée au {date}.</translation>
    </message>
    <message>
        <source>Postpone meeting</source>
        <translation>Reporter la réunion</translation>
    </message>
    <message>
        <source>Postpone “{title}”</source>
        <translation>Reporter « {title} »</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete {count} meetings</source>
        <translation>Supprimer {count} réunions</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>Réunion supprimée.</translation>
    </message>
    <message>
        <source>{count} meetings deleted.</source>
        <translation>{count} réunions supprimées.</translation>
    </message>
    <message>
        <source>New series of {count} meetings</source>
        <translation>Nouvelle série de {count} réunions</translation>
    </message>
    <message>
        <source>{count} meetings added.</source>
        <translation>{count} réunions ajoutées.</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Veuillez vérifier votre saisie</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it. Your change was not saved; the view now shows the latest version. Try again.</source>
        <translation>Quelqu’un l’a modifié dans une autre fenêtre depuis que vous l’avez ouvert. Votre modification n’a pas été enregistrée ; l’affichage montre maintenant la dernière version. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>L&apos;espace de travail est occupé</translation>
    </message>
    <message>
        <source>Someone else is saving a large change (an import, perhaps) and Chairdesk waited for it in vain. Your change was not saved; try again in a moment.</source>
        <translation>Quelqu&apos;un d&apos;autre enregistre une modification importante (une importation, peut-être) et Chairdesk l&apos;a attendue en vain. Votre modification n&apos;a pas été enregistrée ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <source>The connection to the team workspace&apos;s server was lost, so your change was not saved. Chairdesk reconnects by itself; try again when it is back.</source>
        <translation>La connexion au serveur de l&apos;espace de travail partagé a été perdue : votre modification n&apos;a pas été enregistrée. Chairdesk se reconnecte de lui-même ; réessayez lorsque le serveur sera de retour.</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>N’existe plus</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Cannot complete this</source>
        <translation>Impossible de terminer l’opération</translation>
    </message>
    <message>
        <source>Cannot read or write the file</source>
        <translation>Impossible de lire ou d’écrire le fichier</translation>
    </message>
    <message>
        <source>{error}. Check the file name, that the folder exists, and free disk space.</source>
        <translation>{error}. Vérifiez le nom du fichier, que le dossier existe et qu’il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Chairdesk met an unexpected problem and did not complete the action; nothing was half-saved. Please report it with this text:

{error}</source>
        <translation>Chairdesk a rencontré un problème inattendu et n’a pas terminé l’opération ; rien n’a été enregistré à moitié. Merci de le signaler avec ce texte :

{error}</translation>
    </message>
    <message>
        <source>To invite</source>
        <extracomment>The stored value of the status (&quot;invited&quot;) of a row. The list entry&apos;s id. The contact&apos;s id.</extracomment>
        <translation>À inviter</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Member state</source>
        <extracomment>``commit(contact_id, {field: value})`` saves a change (as an undoable command).</extracomment>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Permanent observer</source>
        <translation>Observateur permanent</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>OAS secretariat</source>
        <translation>Secrétariat de l’OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Public security management</source>
        <translation>Gestion de la sécurité publique</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Police management</source>
        <translation>Gestion de la police</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation>Coopération internationale</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>All day, {count} days</source>
        <translation>Journées entières, {count} jours</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>{count} · planned end unknown: give every item a duration</source>
        <translation>{count} · fin prévue inconnue : indiquez la durée de chaque point</translation>
    </message>
    <message>
        <source>{count} · planned end &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, after the scheduled end {scheduled}&lt;/span&gt;</source>
        <translation>{count} · fin prévue &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, après la fin programmée à {scheduled}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{count} · planned end {end}</source>
        <translation>{count} · fin prévue à {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir de {start}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Select an item to see its details. Drag items, or use Ctrl+Up and Ctrl+Down, to change their order.</source>
        <translation>Sélectionnez un point pour en voir le détail. Faites glisser les points, ou utilisez Ctrl+Haut et Ctrl+Bas, pour changer leur ordre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>No application is set up to open {name}. It was written to {path}; open it from there or use Save as.</source>
        <translation>Aucune application n’est configurée pour ouvrir {name}. Il a été écrit dans {path} ; ouvrez-le depuis cet emplacement ou utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Enregistrer {name} sous</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Exported {sheets} sheet(s), {rows} row(s), to {file}.</source>
        <translation>{sheets} feuille(s), {rows} ligne(s), exportée(s) vers {file}.</translation>
    </message>
    <message>
        <source>Exporting the workbook to {file}…</source>
        <translation>Exportation du classeur vers {file}…</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>Impossible d’exporter le classeur</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} invitee(s) to {file}.</source>
        <translation>{rows} invité(s) exporté(s) vers {file}.</translation>
    </message>
    <message>
        <source>Exporting the invitee list to {file}…</source>
        <translation>Exportation de la liste des invités vers {file}…</translation>
    </message>
    <message>
        <source>Cannot export the invitee list</source>
        <translation>Impossible d’exporter la liste des invités</translation>
    </message>
    <message>
        <source>There is no invitee list to export.</source>
        <translation>Il n’y a aucune liste d’invités à exporter.</translation>
    </message>
    <message>
        <source>Export invitee list</source>
        <translation>Exporter la liste des invités</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Liste des invités :</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import invitee list</source>
        <translation>Importer une liste d’invités</translation>
    </message>
    <message>
        <source>Invitee lists (*.xlsx *.csv *.ods *.txt)</source>
        <translation>Listes d’invités (*.xlsx *.csv *.ods *.txt)</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)…</source>
        <translation>Classeur Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Write invitee lists, calendar, agenda, documents and mandates to an Excel workbook</source>
        <translation>Enregistrer les listes d’invités, le calendrier, l’ordre du jour, les documents et les mandats dans un classeur Excel</translation>
    </message>
    <message>
        <source>Invitee list (.csv)…</source>
        <translation>Liste des invités (.csv)…</translation>
    </message>
    <message>
        <source>Write one invitee list as a CSV file for Excel or LibreOffice</source>
        <translation>Écrire une liste d’invités dans un fichier CSV pour Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>Invitee list (.xlsx, .csv, .ods)…</source>
        <translation>Liste des invités (.xlsx, .csv, .ods)…</translation>
    </message>
    <message>
        <source>Add or update an invitee list from a workbook, CSV or OpenDocument file, after a preview</source>
        <translation>Ajouter ou mettre à jour une liste d’invités depuis un classeur, un CSV ou un fichier OpenDocument, après un aperçu</translation>
    </message>
    <message>
        <source>Edit the titles in four languages</source>
        <extracomment>The services&apos; name for each kind of row a RowRef names.</extracomment>
        <translation>Modifier les titres dans les quatre langues</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the agenda, calendar, work plan or a list, or save it as PDF or Word</source>
        <translation>Imprimer l’ordre du jour, le calendrier, le plan de travail ou une liste, ou les enregistrer en PDF ou Word</translation>
    </message>
    <message>
        <source>Paper as PDF or &amp;Word…</source>
        <translation>Document en PDF ou &amp;Word…</translation>
    </message>
    <message>
        <source>Save the agenda, calendar, work plan or a list as PDF or Word</source>
        <translation>Enregistrer l’ordre du jour, le calendrier, le plan de travail ou une liste en PDF ou Word</translation>
    </message>
    <message>
        <source>Print a paper</source>
        <extracomment>A preview was shown (tests wait for it). Which refresh is the latest: a slower, older one must not replace its preview.</extracomment>
        <translation>Imprimer un document</translation>
    </message>
    <message>
        <source>Print texts that have no translation in their original language, marked as such</source>
        <translation>Imprimer dans leur langue originale, signalés comme tels, les textes qui n’ont pas de traduction</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Invitee list:</source>
        <translation>Liste des invités :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Enregistrer en &amp;Word…</translation>
    </message>
    <message>
        <source>Draft agenda of the current meeting</source>
        <translation>Ordre du jour de la réunion en cours</translation>
    </message>
    <message>
        <source>Annotated agenda of the current meeting</source>
        <translation>Ordre du jour annoté de la réunion en cours</translation>
    </message>
    <message>
        <source>List of participants of the current meeting</source>
        <translation>Liste des participants de la réunion en cours</translation>
    </message>
    <message>
        <source>Summary of the current meeting</source>
        <translation>Résumé de la réunion en cours</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendrier des activités et des réunions</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <source>Select a meeting in the Calendar or Agenda view first.</source>
        <translation>Sélectionnez d’abord une réunion dans la vue Calendrier ou Ordre du jour.</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>Cannot make the paper</source>
        <translation>Impossible de préparer le document</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…et {count} de plus</translation>
    </message>
    <message>
        <source>{count} texts have no version in this language. Fill them in, or tick the box above to print the originals, marked as such:
{lines}</source>
        <translation>{count} textes n’ont pas de version dans cette langue. Complétez-les, ou cochez la case ci-dessus pour imprimer les originaux, signalés comme tels :
{lines}</translation>
    </message>
    <message>
        <source>The printer could not be started</source>
        <translation>L’imprimante n’a pas pu être démarrée</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} page(s) envoyée(s) à l’imprimante.</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Préparation des pages pour l’imprimante…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent.</source>
        <translation>Impression annulée ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Save the paper as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the paper as Word</source>
        <translation>Enregistrer le document en Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>Saved the paper to {file}.</source>
        <translation>Document enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>Impossible d’enregistrer le document</translation>
    </message>
    <message>
        <source>Saving cancelled; no file was written.</source>
        <translation>Enregistrement annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>This workspace was upgraded to the current format; the previous file was kept as {name}.</source>
        <translation>Cet espace de travail a été mis au format actuel ; le fichier précédent a été conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>{name} is on a network share. Work on a copy on this computer and save a copy back: two computers writing one workspace over a network can corrupt it.</source>
        <translation>{name} se trouve sur un partage réseau. Travaillez sur une copie sur cet ordinateur, puis enregistrez une copie sur le partage : deux ordinateurs qui écrivent dans le même espace de travail par le réseau peuvent l’endommager.</translation>
    </message>
    <message>
        <source>{changed} changed, {tentative} tentative, {same} already applied or older, {unmatched} not matched.</source>
        <extracomment>A dropped .ics is a reply only if it says so in its first lines.</extracomment>
        <translation>{changed} modifiée(s), {tentative} provisoire(s), {same} déjà appliquée(s) ou plus ancienne(s), {unmatched} sans correspondance.</translation>
    </message>
    <message>
        <source>Changed: {line}</source>
        <translation>Modifiée : {line}</translation>
    </message>
    <message>
        <source>Tentative (status kept): {line}</source>
        <translation>Provisoire (état conservé) : {line}</translation>
    </message>
    <message>
        <source>Not matched: {line}</source>
        <translation>Sans correspondance : {line}</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reading the replies…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Impossible d’importer les réponses</translation>
    </message>
    <message>
        <source>Import replies to invitations</source>
        <translation>Importer les réponses aux invitations</translation>
    </message>
    <message>
        <source>Replies (*.ics *.eml)</source>
        <translation>Réponses (*.ics *.eml)</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>Impossible de lire le mot de passe</translation>
    </message>
    <message>
        <source>Calendar server password</source>
        <translation>Mot de passe du serveur de calendrier</translation>
    </message>
    <message>
        <source>Password for {user} on {url}:</source>
        <translation>Mot de passe de {user} sur {url} :</translation>
    </message>
    <message>
        <source>Published to {url}: {new} new, {updated} updated, {removed} removed, {same} unchanged.</source>
        <translation>Publié sur {url} : {new} nouvelle(s), {updated} mise(s) à jour, {removed} supprimée(s), {same} inchangée(s).</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>Publication du calendrier…</translation>
    </message>
    <message>
        <source>Cannot publish the calendar</source>
        <translation>Impossible de publier le calendrier</translation>
    </message>
    <message>
        <source>Invitations by E-mail…</source>
        <translation>Invitations par courriel…</translation>
    </message>
    <message>
        <source>Send a meeting&apos;s invitations (or its cancellation) to its invitees</source>
        <translation>Envoyer les invitations à une réunion (ou son annulation) aux invités</translation>
    </message>
    <message>
        <source>Calendar to a CalDAV Server</source>
        <translation>Calendrier vers un serveur CalDAV</translation>
    </message>
    <message>
        <source>Update the calendar delegates subscribe to</source>
        <translation>Mettre à jour le calendrier auquel les délégués sont abonnés</translation>
    </message>
    <message>
        <source>Invitation Settings…</source>
        <translation>Paramètres des invitations…</translation>
    </message>
    <message>
        <source>The organizer, the mail server and the calendar server</source>
        <translation>L’organisateur, le serveur de messagerie et le serveur de calendrier</translation>
    </message>
    <message>
        <source>Replies to Invitations…</source>
        <translation>Réponses aux invitations…</translation>
    </message>
    <message>
        <source>Accepted and declined replies update the invitee lists</source>
        <translation>Les acceptations et les refus mettent à jour les listes d’invités</translation>
    </message>
    <message>
        <source>“{meeting}”: the cancellation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>« {meeting} » : l’annulation (séquence {sequence}) est partie dans {sent} message(s) sur {planned}.</translation>
    </message>
    <message>
        <source>“{meeting}”: the invitation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>« {meeting} » : l’invitation (séquence {sequence}) est partie dans {sent} message(s) sur {planned}.</translation>
    </message>
    <message>
        <source>{count} list entries are now “invited”.</source>
        <translation>{count} entrées de la liste sont maintenant « invitation envoyée ».</translation>
    </message>
    <message>
        <source>{count} address(es) already had this version; not sent again.</source>
        <translation>{count} adresse(s) avai(en)t déjà cette version ; pas de nouvel envoi.</translation>
    </message>
    <message>
        <source>{count} invitee(s) have no e-mail address and got no invitation.</source>
        <translation>{count} invité(s) n’ont pas d’adresse électronique et n’ont reçu aucune invitation.</translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation>Non remis : {reason}</translation>
    </message>
    <message>
        <source>Add “Approval of the summary of the previous meeting”</source>
        <translation>Ajouter « Approbation du résumé de la réunion précédente »</translation>
    </message>
    <message>
        <source>Put “{what}” on the agenda</source>
        <translation>Inscrire « {what} » à l’ordre du jour</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>convenue le {date}</translation>
    </message>
    <message>
        <source>(on an agenda)</source>
        <translation>(inscrite à un ordre du jour)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Ajouter à l’ordre du jour</translation>
    </message>
    <message>
        <source>Put on this agenda</source>
        <translation>Inscrire à cet ordre du jour</translation>
    </message>
    <message>
        <source>Make the selected open action an item of this meeting&apos;s agenda</source>
        <translation>Faire de l’action en cours sélectionnée un point de l’ordre du jour de cette réunion</translation>
    </message>
    <message>
        <source>Proposed: “Approval of the summary of the previous meeting” ({date}).</source>
        <translation>Proposé : « Approbation du résumé de la réunion précédente » ({date}).</translation>
    </message>
    <message>
        <source>Its summary is not written yet.</source>
        <translation>Son résumé n’est pas encore rédigé.</translation>
    </message>
    <message>
        <source>{present} member states present; no quorum is required</source>
        <translation>{present} États membres présents ; aucun quorum requis</translation>
    </message>
    <message>
        <source>Attendance not taken yet; quorum {required}</source>
        <translation>Présences pas encore relevées ; quorum {required}</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: yes</source>
        <translation>{present} États membres présents, quorum {required} : oui</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: no</source>
        <translation>{present} États membres présents, quorum {required} : non</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>La réunion n’a pas de quorum ({line}).

Consigner ce résultat malgré tout ? Il sera marqué « consigné sans quorum ».</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <source>{symbol} requested at the meeting of {date} (item {position}); awaited.</source>
        <translation>{symbol} demandée à la réunion du {date} (point {position}) ; attendue.</translation>
    </message>
    <message>
        <source>Mandate {number}</source>
        <translation>Mandat {number}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représentée par</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>Mark all member states present</source>
        <extracomment>The kinds of data the record touches: its views reload on these.</extracomment>
        <translation>Marquer tous les États membres présents</translation>
    </message>
    <message>
        <source>Change the attendance of {name}</source>
        <translation>Modifier la présence de {name}</translation>
    </message>
    <message>
        <source>Record the decision on “{title}”</source>
        <translation>Consigner la décision sur « {title} »</translation>
    </message>
    <message>
        <source>Request {symbol}</source>
        <translation>Demander {symbol}</translation>
    </message>
    <message>
        <source>Add the action “{what}”</source>
        <translation>Ajouter l’action « {what} »</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <extracomment>The version read when the edit began counts once; a redo follows the undo&apos;s version.</extracomment>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Regenerate the summary from the record</source>
        <translation>Régénérer le résumé d’après le procès-verbal</translation>
    </message>
    <message>
        <source>Change the quorum rule</source>
        <translation>Modifier la règle de quorum</translation>
    </message>
    <message>
        <source>item {position} of {date}</source>
        <translation>point {position} du {date}</translation>
    </message>
    <message>
        <source>From {item}</source>
        <translation>Depuis {item}</translation>
    </message>
    <message>
        <source>To {item}</source>
        <translation>Vers {item}</translation>
    </message>
    <message>
        <source>→ {symbol} requested (circulated)</source>
        <translation>→ {symbol} demandée (distribuée)</translation>
    </message>
    <message>
        <source>→ {symbol} requested (awaited)</source>
        <translation>→ {symbol} demandée (attendue)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>{outcome} (no quorum)</source>
        <translation>{outcome} (sans quorum)</translation>
    </message>
    <message>
        <source>Recorded while the meeting had no quorum; the chair confirmed it.</source>
        <translation>Consigné alors que la réunion n’avait pas de quorum ; la présidence l’a confirmé.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Select a mandate to see the meetings, decisions and actions for it.</source>
        <translation>Sélectionnez un mandat pour voir ses réunions, décisions et actions.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Réunions :</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions :</translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation>Actions en cours :</translation>
    </message>
    <message>
        <source>{date}, item {position}: {title}</source>
        <translation>{date}, point {position} : {title}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli : {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annulé : {action}</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Makes the command that saves the user&apos;s values against a given version.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved {what} “{name}” while you were editing it. Choose which version to keep.</source>
        <translation>Quelqu’un d’autre a enregistré {what} « {name} » pendant que vous le modifiiez. Choisissez la version à conserver.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Celle de l&apos;autre personne (enregistrée)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>La version enregistrée par quelqu&apos;un d&apos;autre a été conservée.</translation>
    </message>
    <message>
        <source>Waiting for another save to finish…</source>
        <extracomment>How long one attempt waits for the other program&apos;s write, in milliseconds. The pause between attempts, during which the window paints and answers. How long to keep trying before saying the workspace is busy, in seconds.</extracomment>
        <translation>En attente de la fin d’un autre enregistrement…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
    <message>
        <source>{name} is open.</source>
        <translation>{name} est ouvert.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password was not kept: it will be asked again next time.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés : le mot de passe n’a pas été conservé et vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Only the meetings from</source>
        <translation>Seulement les réunions du</translation>
    </message>
    <message>
        <source>Leave unticked for every meeting in the calendar</source>
        <translation>Laissez décoché pour inclure toutes les réunions du calendrier</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>A delegation, the Chair, the Secretariat, a department</source>
        <translation>Une délégation, la présidence, le Secrétariat, un département</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <source>Agreed under &amp;item:</source>
        <translation>Convenue au &amp;point :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <extracomment>What a dragged agenda item carries: its meeting&apos;s id and its own id. The user dropped item ``item_id`` so that it should be at 1-based ``position``.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>The item shown in table row ``index``. The table row of the item, or -1.</extracomment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{status}, deferred from {date}</source>
        <translation>{status}, reporté du {date}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Décision : {text}</translation>
    </message>
    <message>
        <source>Deferred from the meeting of {date}.</source>
        <translation>Reporté de la réunion du {date}.</translation>
    </message>
    <message>
        <source>Deferred from an earlier meeting.</source>
        <translation>Reporté d’une réunion précédente.</translation>
    </message>
    <message>
        <source>Give every item before this one a duration to know when it starts.</source>
        <translation>Donnez une durée à chaque point précédent pour savoir quand celui-ci commence.</translation>
    </message>
    <message>
        <source>Starts at a fixed time.</source>
        <translation>Commence à une heure fixe.</translation>
    </message>
    <message>
        <source>Starts when the item before it ends.</source>
        <translation>Commence à la fin du point précédent.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>&amp;Meeting:</source>
        <extracomment>What went out of date while the page was hidden: &quot;&quot;, &quot;items&quot; or &quot;meetings&quot;.</extracomment>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>No meetings yet: create one on the Calendar page.</source>
        <translation>Aucune réunion pour l’instant : créez-en une dans la page Calendrier.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The server cannot be reached, so nothing can be saved now; what you typed was not saved. Chairdesk reconnects by itself: try again when the status bar says the server is back.</source>
        <extracomment>The kinds of data a change can touch; views reload on the kinds they show. A different workspace was opened (or the last one closed: ``workspace`` is None). Data of these kinds changed (a frozenset of the names above). The meeting the user is working on changed (its id, or 0 for none). A short message for the status bar. An error that happened where no dialog could be asked for (e.g. during undo). This window committed a change (its own changes are not someone else&apos;s). The workspace&apos;s server went away (True) or came back (False). Language in which titles are shown; None shows each in its original language. The server cannot be reached: what is shown stays, edits are refused.</extracomment>
        <translation>Le serveur est injoignable : rien ne peut être enregistré pour le moment, et ce que vous avez saisi n&apos;a pas été enregistré. Chairdesk se reconnecte de lui-même : réessayez lorsque la barre d&apos;état indique que le serveur est de retour.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>All member states present</source>
        <extracomment>``toggle(rows, field, value)`` sets ``field`` to ``value`` for the contacts of ``rows``.</extracomment>
        <translation>Tous les États membres présents</translation>
    </message>
    <message>
        <source>Mark every member state present; then press Space on the absent ones</source>
        <translation>Marquer tous les États membres présents ; puis appuyez sur Espace pour les absents</translation>
    </message>
    <message>
        <source>Type a delegation&apos;s name to find it; Space marks it present (in the Credentials column: credentials received); Enter names its representative. Ctrl+Shift+A marks all member states present.</source>
        <translation>Tapez le nom d’une délégation pour la trouver ; Espace la marque présente (dans la colonne Pouvoirs : pouvoirs reçus) ; Entrée nomme son représentant. Ctrl+Maj+A marque tous les États membres présents.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>Member states: {present} of {total} present (they count toward the quorum)</source>
        <translation>États membres : {present} sur {total} présents (ils comptent pour le quorum)</translation>
    </message>
    <message>
        <source>Observers, organizations, civil society and secretariat: {present} present (not counted toward the quorum)</source>
        <translation>Observateurs, organisations, société civile et secrétariat : {present} présents (non comptés pour le quorum)</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>The preview dialog is open (it is ``self.preview``). The range dialog for recurring events is open (``self.range_dialog``). The import was written (the report) or ended without writing (None).</extracomment>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Impossible d’importer le calendrier</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importation annulée ; l’espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>{file} importé : {summary}.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Meetings</source>
        <extracomment>The selection: how many meetings, or why the one selected was cancelled/postponed.</extracomment>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Days with a meeting are in bold and shaded; orange shading marks meetings that overlap; a struck-out day has only cancelled meetings. Double-click a free day to plan a meeting on it.</source>
        <translation>Les jours de réunion sont en gras et ombrés ; l’ombrage orange signale des réunions qui se chevauchent ; un jour barré n’a que des réunions annulées. Double-cliquez sur un jour libre pour y prévoir une réunion.</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 réunion</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} réunions</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} annulées</translation>
    </message>
    <message>
        <source>⚠ {n} overlap another meeting (hover the title for details)</source>
        <translation>⚠ {n} chevauchent une autre réunion (survolez le titre pour le détail)</translation>
    </message>
    <message>
        <source>{n} meetings selected</source>
        <translation>{n} réunions sélectionnées</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status} : {reason}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {date}?</source>
        <translation>Annuler « {title} » du {date} ?</translation>
    </message>
    <message>
        <source>Cancel these {n} meetings?</source>
        <translation>Annuler ces {n} réunions ?</translation>
    </message>
    <message>
        <source>e.g. The Permanent Council meets that day</source>
        <translation>p. ex. le Conseil permanent se réunit ce jour-là</translation>
    </message>
    <message>
        <source>The meeting stays in the calendar, marked cancelled with this reason. The next calendar you export tells delegates it is cancelled.</source>
        <translation>La réunion reste dans le calendrier, marquée annulée avec ce motif. Le prochain calendrier exporté indiquera aux délégations qu’elle est annulée.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Garder la réunion</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>Mis à jour avec les modifications de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The server is back; edits are possible again.</source>
        <translation>Le serveur est de retour ; les modifications sont de nouveau possibles.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>e.g. Delegation of Chile, or a person&apos;s name</source>
        <translation>p. ex. Délégation du Chili, ou le nom d’une personne</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative</source>
        <translation>p. ex. Représentant suppléant</translation>
    </message>
    <message>
        <source>e.g. Permanent Mission of Chile to the OAS</source>
        <translation>p. ex. Mission permanente du Chili près l’OEA</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>e.g. Head of delegation</source>
        <translation>p. ex. Chef de délégation</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Delegation / organization:</source>
        <translation>&amp;Délégation / organisation :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Langue préférée :</translation>
    </message>
    <message>
        <source>&amp;Role on this list:</source>
        <translation>&amp;Rôle dans cette liste :</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Enter a name: a person&apos;s, or the delegation&apos;s.</source>
        <translation>Saisissez un nom : celui d’une personne ou de la délégation.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>« {email} » n’est pas une adresse électronique valide. Écrivez-la sous la forme nom@exemple.org, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The role is too long (at most 200 characters).</source>
        <translation>Le rôle est trop long (200 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on item {number}</source>
        <translation>Décision sur le point {number}</translation>
    </message>
    <message>
        <source>What the Working Group decided, e.g. “The Working Group approved …”</source>
        <translation>Ce que le Groupe de travail a décidé, p. ex. « Le Groupe de travail a approuvé … »</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Point :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <source>Defer item</source>
        <translation>Reporter le point</translation>
    </message>
    <message>
        <source>Defer “{title}” to:</source>
        <translation>Reporter « {title} » à :</translation>
    </message>
    <message>
        <source>{date} — {title}</source>
        <translation>{date} — {title}</translation>
    </message>
    <message>
        <source>The item is added at the end of that meeting&apos;s agenda with its documents, and marked deferred here.</source>
        <translation>Le point est ajouté à la fin de l’ordre du jour de cette réunion avec ses documents, et marqué reporté ici.</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>There is no other meeting to defer the item to. Create it first.</source>
        <translation>Il n’y a pas d’autre réunion où reporter le point. Créez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Nouveau document…</translation>
    </message>
    <message>
        <source>Add a document to the register</source>
        <translation>Ajouter un document au registre</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected document&apos;s symbol, title, kind or status</source>
        <translation>Modifier la cote, le titre, la nature ou l’état du document sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected document with its revisions and files</source>
        <translation>Supprimer le document sélectionné avec ses révisions et ses fichiers</translation>
    </message>
    <message>
        <source>Add &amp;revision…</source>
        <translation>Ajouter une &amp;révision…</translation>
    </message>
    <message>
        <source>Add the next revision of the selected document, with its files</source>
        <translation>Ajouter la révision suivante du document sélectionné, avec ses fichiers</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file in another language to the selected revision</source>
        <translation>Joindre à la révision sélectionnée un fichier dans une autre langue</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected file with the system&apos;s application</source>
        <translation>Ouvrir le fichier sélectionné avec l’application du système</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the selected file to a folder</source>
        <translation>Enregistrer le fichier sélectionné dans un dossier</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Delete {symbol} with its {count} revision(s) and their files? Agenda items and mandates will no longer refer to it. You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer {symbol} avec ses {count} révision(s) et leurs fichiers ? Les points de l’ordre du jour et les mandats n’y feront plus référence. Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>Ajouter une révision</translation>
    </message>
    <message>
        <source>Select the document in the register first, then add its revision.</source>
        <translation>Sélectionnez d’abord le document dans le registre, puis ajoutez sa révision.</translation>
    </message>
    <message>
        <source>Attach a file to {symbol}</source>
        <translation>Joindre un fichier à {symbol}</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Langue du fichier</translation>
    </message>
    <message>
        <source>{name} is in:</source>
        <translation>{name} est en :</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>{symbol} has a {language} file already. Replace it with {name}?</source>
        <translation>{symbol} a déjà un fichier en {language}. Le remplacer par {name} ?</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit document</source>
        <translation>Modifier le document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>e.g. GT/MISPA-III/doc.7/11</source>
        <translation>p. ex. GT/MISPA-III/doc.7/11</translation>
    </message>
    <message>
        <source>The symbol without “rev.”, “corr.” or “add.”: revisions are added later.</source>
        <translation>La cote sans « rev. », « corr. » ni « add. » : les révisions s’ajoutent ensuite.</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>Original &amp;language:</source>
        <translation>&amp;Langue originale :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title in {language}:</source>
        <translation>Titre en {language} :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Enter the document&apos;s symbol.</source>
        <translation>Saisissez la cote du document.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document.</source>
        <translation>Saisissez la cote sans « {suffix} » : les révisions s’ajoutent au document.</translation>
    </message>
    <message>
        <source>Enter the title in the original language.</source>
        <translation>Saisissez le titre dans la langue originale.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <source>Rules of procedure</source>
        <translation>Règlement intérieur</translation>
    </message>
    <message>
        <source>Outcome document</source>
        <translation>Document final</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Information document</source>
        <translation>Document d’information</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <extracomment>The document&apos;s id, for views that act on the selected row.</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>À l’examen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>(no revision yet)</source>
        <extracomment>The document shown in table row ``row``. The row showing ``document_id``, or -1.</extracomment>
        <translation>(pas encore de révision)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Drop files here to add them as a new revision of the selected document.</source>
        <translation>Déposez des fichiers ici pour les ajouter comme nouvelle révision du document sélectionné.</translation>
    </message>
    <message>
        <source>Search by symbol, title in any language, or what changed (Ctrl+F)</source>
        <translation>Rechercher par cote, titre dans toute langue ou modifications (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} documents</source>
        <translation>{total} documents</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} sur {total} documents</translation>
    </message>
    <message>
        <source>Select a document to see its revisions.</source>
        <translation>Sélectionnez un document pour en voir les révisions.</translation>
    </message>
    <message>
        <source>Revision history of {symbol} — {title}</source>
        <translation>Historique des révisions de {symbol} — {title}</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>How many changed entries a refused bulk change names; the rest are counted.</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of the selected invitations since the list was shown: {names}. Nothing was changed. The list now shows their changes; look at them and repeat the change if it still applies.</source>
        <translation>
            <numerusform>Quelqu’un d’autre a modifié %n des invitations sélectionnées depuis l’affichage de la liste : {names}. Rien n’a été modifié. La liste montre maintenant ses modifications ; vérifiez-les et refaites l’opération si elle s’impose encore.</numerusform>
            <numerusform>Quelqu’un d’autre a modifié %n des invitations sélectionnées depuis l’affichage de la liste : {names}. Rien n’a été modifié. La liste montre maintenant ses modifications ; vérifiez-les et refaites l’opération si elle s’impose encore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpandRangeDialog</name>
    <message>
        <source>Recurring events</source>
        <translation>Événements périodiques</translation>
    </message>
    <message>
        <source>{file} holds {count} recurring event(s). Each occurrence up to the date below becomes a meeting of its own; later ones are left out. Importing the file again later finds the same meetings.</source>
        <translation>{file} contient {count} événement(s) périodique(s). Chaque occurrence jusqu’à la date ci-dessous devient une réunion à part entière ; les suivantes sont laissées de côté. Importer à nouveau le fichier plus tard retrouve les mêmes réunions.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>All meetings ({count})</source>
        <translation>Toutes les réunions ({count})</translation>
    </message>
    <message>
        <source>Only the meetings ticked below</source>
        <translation>Seulement les réunions cochées ci-dessous</translation>
    </message>
    <message>
        <source>{date}  {start}  {title}</source>
        <translation>{date}  {start}  {title}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Which meetings go into the calendar file?</source>
        <translation>Quelles réunions inclure dans le fichier de calendrier ?</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif de l’état</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Original language of the title</source>
        <translation>Langue originale du titre</translation>
    </message>
    <message>
        <source>Title in other languages</source>
        <translation>Titre dans les autres langues</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Titre de la résolution</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Titre de la résolution en anglais</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Titre de la résolution en espagnol</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Titre de la résolution en français</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Titre de la résolution en portugais</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Original language of the mandate</source>
        <translation>Langue originale du mandat</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Service responsable en anglais</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Service responsable en espagnol</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Service responsable en français</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Service responsable en portugais</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Délégation / organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Title (position)</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message numerus="yes">
        <source>Follow-up: %n open action(s) of earlier meetings</source>
        <translation>
            <numerusform>Suivi : %n action en cours de réunions précédentes</numerusform>
            <numerusform>Suivi : %n actions en cours de réunions précédentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Working Group to Prepare the Third Meeting of Ministers…</source>
        <translation>Groupe de travail chargé de préparer la troisième réunion des ministres…</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Used in calendar titles, e.g. GT/MISPA-III</source>
        <translation>Utilisé dans les titres du calendrier, p. ex. GT/MISPA-III</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Organe de &amp;tutelle :</translation>
    </message>
    <message>
        <source>e.g. Committee on Hemispheric Security</source>
        <translation>p. ex. Commission sur la sécurité continentale</translation>
    </message>
    <message>
        <source>Mandate &amp;resolution:</source>
        <translation>&amp;Résolution du mandat :</translation>
    </message>
    <message>
        <source>The meeting it &amp;prepares:</source>
        <translation>La réunion qu’il &amp;prépare :</translation>
    </message>
    <message>
        <source>e.g. MISPA III</source>
        <translation>p. ex. MISPA III</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;city:</source>
        <translation>&amp;Ville de la réunion ministérielle :</translation>
    </message>
    <message>
        <source>Ministerial meeting c&amp;ountry:</source>
        <translation>&amp;Pays de la réunion ministérielle :</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;starts:</source>
        <translation>&amp;Début de la réunion ministérielle :</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;ends:</source>
        <translation>&amp;Fin de la réunion ministérielle :</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Give the working group&apos;s name.</source>
        <translation>Indiquez le nom du groupe de travail.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <translation>La réunion ministérielle ne peut pas finir avant de commencer.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>{created} meeting(s) will be created, {updated} updated, {unchanged} left as they are; {refused} event(s) cannot be imported.</source>
        <translation>{created} réunion(s) seront créée(s), {updated} mise(s) à jour, {unchanged} laissée(s) telle(s) quelle(s) ; {refused} événement(s) ne peuvent pas être importé(s).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Will be created ({count})</source>
        <translation>Seront créées ({count})</translation>
    </message>
    <message>
        <source>Will be updated ({count})</source>
        <translation>Seront mises à jour ({count})</translation>
    </message>
    <message>
        <source>Left as they are ({count})</source>
        <translation>Laissées telles quelles ({count})</translation>
    </message>
    <message>
        <source>Cannot be imported ({count})</source>
        <translation>Ne peuvent pas être importées ({count})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>the list “{name}”</source>
        <translation>la liste « {name} »</translation>
    </message>
    <message>
        <source>a new list “{name}”</source>
        <translation>une nouvelle liste « {name} »</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” (header on row {header}) into {target}: {created} to add, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>Feuille « {sheet} » (en-tête à la ligne {header}) vers {target} : {created} à ajouter, {updated} à mettre à jour, {unchanged} inchangée(s), {errors} avec des erreurs.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the rows with errors are corrected in the workbook.</source>
        <translation>Rien ne peut être importé tant que les lignes en erreur ne sont pas corrigées dans le classeur.</translation>
    </message>
    <message>
        <source>{count} invitee(s) of the list are not in the workbook; they are left as they are.</source>
        <translation>{count} invité(s) de la liste ne figurent pas dans le classeur ; ils restent tels quels.</translation>
    </message>
    <message>
        <source>{name}: in the list, not in the file</source>
        <translation>{name} : dans la liste, pas dans le fichier</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Colonnes ignorées : {columns}.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Remove from the list the {count} invitee(s) not in the file</source>
        <translation>&amp;Retirer de la liste les {count} invité(s) absent(s) du fichier</translation>
    </message>
</context>
<context>
    <name>InvitationSettingsDialog</name>
    <message>
        <source>Invitation Settings</source>
        <translation>Paramètres des invitations</translation>
    </message>
    <message>
        <source>Organizer (saved in this workspace)</source>
        <translation>Organisateur (enregistré dans cet espace de travail)</translation>
    </message>
    <message>
        <source>secretariat@example.org</source>
        <translation>secretariat@exemple.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail (replies go here):</source>
        <translation>&amp;Courriel (les réponses arrivent ici) :</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serveur de courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.exemple.org</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Aucune (serveur sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Calendar server (CalDAV) delegates subscribe to</source>
        <translation>Serveur de calendrier (CalDAV) auquel les délégués sont abonnés</translation>
    </message>
    <message>
        <source>https://calendar.example.org/dav/mispa/</source>
        <translation>https://calendrier.exemple.org/dav/mispa/</translation>
    </message>
    <message>
        <source>Calendar &amp;URL:</source>
        <translation>&amp;URL du calendrier :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>Passwords are kept in your system&apos;s keyring, never in the workspace or the settings file.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système, jamais dans l’espace de travail ni dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>no keyring on this computer: asked each time</source>
        <translation>pas de trousseau sur cet ordinateur : demandé à chaque fois</translation>
    </message>
    <message>
        <source>kept in the keyring (type to change)</source>
        <translation>conservé dans le trousseau (tapez pour le changer)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Cannot save the invitation settings</source>
        <translation>Impossible d’enregistrer les paramètres des invitations</translation>
    </message>
</context>
<context>
    <name>InviteeListsPanel</name>
    <message>
        <source>Invitee list</source>
        <extracomment>Shows a dialog window-modal and calls back on OK (the page&apos;s, so it can find it). The chosen list changed: its id, or 0 for none. The list to choose when it appears (restored state, a new or renamed list).</extracomment>
        <translation>Liste d’invités</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Create a new invitee list</source>
        <translation>Créer une nouvelle liste d’invités</translation>
    </message>
    <message>
        <source>Rename the selected list</source>
        <translation>Renommer la liste sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected list</source>
        <translation>Supprimer la liste sélectionnée</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete the list “{name}” and its {count} entries with their status history? The contacts stay in the workspace. This cannot be undone.</source>
        <translation>Supprimer la liste « {name} » et ses {count} entrées avec l’historique de leurs états ? Les contacts restent dans l’espace de travail. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted the list “{name}”.</source>
        <translation>Liste « {name} » supprimée.</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Délégation / organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answered the invitation “tentative”: may attend.</source>
        <translation>A répondu « provisoire » à l’invitation : participera peut-être.</translation>
    </message>
    <message>
        <source>{status} (tentative)</source>
        <translation>{status} (provisoire)</translation>
    </message>
</context>
<context>
    <name>InviteesPage</name>
    <message>
        <source>Search name, delegation, country or e-mail (Ctrl+F)</source>
        <extracomment>Lists up to this size are read on the UI thread at once (some 40 ms); larger ones show their first ``PREVIEW_ROWS`` at once and are read whole by the loader. (workspace, list id) whose whole read starts once the first rows are painted.</extracomment>
        <translation>Rechercher un nom, une délégation, un pays ou un courriel (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Ed&amp;it contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer l’é&amp;tat</translation>
    </message>
    <message>
        <source>No invitee list</source>
        <translation>Aucune liste d’invités</translation>
    </message>
    <message>
        <source>Loading {total} invitees…</source>
        <translation>Chargement de {total} invités…</translation>
    </message>
    <message>
        <source>{shown} of 1 invitee</source>
        <translation>{shown} sur 1 invité</translation>
    </message>
    <message>
        <source>{shown} of {total} invitees</source>
        <translation>{shown} sur {total} invités</translation>
    </message>
    <message>
        <source>{count} · {selected} selected</source>
        <translation>{count} · {selected} sélectionnés</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Affichés :</translation>
    </message>
    <message>
        <source>All:</source>
        <translation>Tous :</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda</source>
        <translation>Ajouter un point à la fin de l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>&amp;Modifier le point…</translation>
    </message>
    <message>
        <source>Change the selected item (Enter)</source>
        <translation>Modifier le point sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Retirer le point sélectionné de l’ordre du jour</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Monter le point (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Descendre le point (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Record &amp;Outcome…</source>
        <translation>Consigner l’&amp;issue…</translation>
    </message>
    <message>
        <source>Record what the meeting decided on the item</source>
        <translation>Consigner ce que la réunion a décidé sur ce point</translation>
    </message>
    <message>
        <source>De&amp;fer to Next Meeting</source>
        <translation>Re&amp;porter à la prochaine réunion</translation>
    </message>
    <message>
        <source>Mark the item deferred and add it to the next meeting&apos;s agenda</source>
        <translation>Marquer le point comme reporté et l’inscrire à l’ordre du jour de la prochaine réunion</translation>
    </message>
    <message>
        <source>&amp;Link Documents…</source>
        <translation>&amp;Lier des documents…</translation>
    </message>
    <message>
        <source>Choose the documents and revisions the item considers</source>
        <translation>Choisir les documents et révisions examinés au titre du point</translation>
    </message>
    <message>
        <source>“{title}” deferred to the meeting of {date}, as item {position}.</source>
        <translation>« {title} » reporté à la réunion du {date}, en point {position}.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <extracomment>The statuses an outcome can have: what the meeting did with the item.</extracomment>
        <translation>Modifier le point de l’ordre du jour</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
        <source>e.g. Consideration of the draft work plan</source>
        <translation>p. ex. Examen du projet de plan de travail</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>e.g. Chair of the Working Group</source>
        <translation>p. ex. Présidence du Groupe de travail</translation>
    </message>
    <message>
        <source>At a fixed time:</source>
        <translation>À heure fixe :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter le point</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilier :</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Début prévu :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre au point.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
</context>
<context>
    <name>LinkDocumentsDialog</name>
    <message>
        <source>Documents considered</source>
        <extracomment>Revisions circulated after this day are linked only if the chair says so.</extracomment>
        <translation>Documents examinés</translation>
    </message>
    <message>
        <source>Tick the documents “{title}” considers. Choose a revision to record exactly which text was before the meeting.</source>
        <translation>Cochez les documents examinés au titre de « {title} ». Choisissez une révision pour consigner exactement le texte dont la réunion était saisie.</translation>
    </message>
    <message>
        <source>Filter by symbol or title</source>
        <translation>Filtrer par cote ou titre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Any revision</source>
        <translation>Toute révision</translation>
    </message>
    <message>
        <source>{symbols} was circulated after the meeting of {date}. Record it as considered at that meeting anyway?</source>
        <translation>{symbols} a été distribué après la réunion du {date}. L’enregistrer quand même comme examiné à cette réunion ?</translation>
    </message>
    <message>
        <source>Revision circulated after the meeting</source>
        <translation>Révision distribuée après la réunion</translation>
    </message>
</context>
<context>
    <name>LinkPickerDelegate</name>
    <message>
        <source>Space or a click ticks; Enter saves; Esc cancels.</source>
        <extracomment>Returns (id, label) for every row that can be linked, read when the editor opens.</extracomment>
        <translation>Espace ou un clic coche ; Entrée enregistre ; Échap annule.</translation>
    </message>
</context>
<context>
    <name>ListChoiceDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Rows are matched to the list&apos;s invitees by e-mail, else by name and organisation. Type a new name to make a new list. Nothing is written before you have seen what would change.</source>
        <translation>Les lignes sont rapprochées des invités de la liste par le courriel, sinon par le nom et l’organisation. Saisissez un nouveau nom pour créer une nouvelle liste. Rien n’est écrit avant que vous ayez vu ce qui changerait.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Liste des invités :</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Rename list</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <source>New invitee list</source>
        <translation>Nouvelle liste d’invités</translation>
    </message>
    <message>
        <source>e.g. MISPA III - list of observers</source>
        <translation>p. ex. MISPA III - liste des observateurs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>Saisissez un nom pour la liste.</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”. Choose another name.</source>
        <translation>Il existe déjà une liste nommée « {name} ». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The name is too long (at most 300 characters).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Modules that add to File &gt; Export and File &gt; Import, each with its hook function.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new workspace file</source>
        <translation>Créer un nouveau fichier d’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Ouvrir un espace de travail &amp;partagé…</translation>
    </message>
    <message>
        <source>Open a workspace a secretariat shares on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail qu&apos;un secrétariat partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy of this workspace under another name</source>
        <translation>Enregistrer une copie de cet espace de travail sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this workspace and go back to the start view</source>
        <translation>Fermer cet espace de travail et revenir à l’accueil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>&amp;Working Group…</source>
        <translation>&amp;Groupe de travail…</translation>
    </message>
    <message>
        <source>The group&apos;s name, acronym, chair and vice chairs, where it meets and how its papers look</source>
        <translation>Nom, sigle, président et vice-présidents du groupe, lieu de ses réunions et mise en page de ses documents</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open the MISPA III &amp;Example</source>
        <translation>Ouvrir l’&amp;exemple de la MISPA III</translation>
    </message>
    <message>
        <source>&amp;About Chairdesk</source>
        <translation>À &amp;propos de Chairdesk</translation>
    </message>
    <message>
        <source>{entry} (missing)</source>
        <translation>{entry} (introuvable)</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>About Chairdesk</source>
        <translation>À propos de Chairdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prepares a ministerial meeting: the calendar of the working group&apos;s meetings, their agendas, the documents and their revisions, the invitee lists and the work plan.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prépare une réunion ministérielle : le calendrier des réunions du groupe de travail, leurs ordres du jour, les documents et leurs révisions, les listes d’invités et le plan de travail.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <extracomment>The window painted for the first time (the start-up benchmark&apos;s finish line). Preferences chose another language: the application reopens the window in it. Every view in navigation order, and the ones whose page module is installed.</extracomment>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The server cannot be reached: you see what was last loaded, and edits are refused until it is back. Reconnecting…</source>
        <translation>Le serveur est injoignable : vous voyez ce qui a été chargé en dernier, et les modifications sont refusées jusqu&apos;à son retour. Reconnexion…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} ouvert.</translation>
    </message>
    <message>
        <source>{name}: no damaged pages found.</source>
        <translation>{name} : aucune page endommagée.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problems}). Save a copy of it now, and open a backup copy if something is missing.</source>
        <translation>{name} est endommagé ({problems}). Enregistrez-en une copie maintenant et ouvrez une copie de sauvegarde s’il manque quelque chose.</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
    <message>
        <source>{name} — Chairdesk</source>
        <translation>{name} — Chairdesk</translation>
    </message>
    <message>
        <source>The {view} view could not be opened:
{error}</source>
        <translation>Impossible d’ouvrir la vue {view} :
{error}</translation>
    </message>
    <message>
        <source>Open a workspace to add files to its documents.</source>
        <translation>Ouvrez un espace de travail pour ajouter des fichiers à ses documents.</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Add mandate</source>
        <translation>Ajouter un mandat</translation>
    </message>
    <message>
        <source>e.g. AG/RES. 2629 (XLI-O/11)</source>
        <translation>p. ex. AG/RES. 2629 (XLI-O/11)</translation>
    </message>
    <message>
        <source>What the resolution asks, as worded in it.</source>
        <translation>Ce que demande la résolution, dans ses propres termes.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>Resolution &amp;title:</source>
        <translation>&amp;Titre de la résolution :</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <source>&amp;Area responsible:</source>
        <translation>Secteur res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Enter the resolution that gives the mandate.</source>
        <translation>Saisissez la résolution qui confère le mandat.</translation>
    </message>
    <message>
        <source>Enter the text of the mandate.</source>
        <translation>Saisissez le texte du mandat.</translation>
    </message>
</context>
<context>
    <name>MandateStatus</name>
    <message>
        <source>Pending</source>
        <extracomment>The field each column edits (links are set through ``set_links``).</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Accompli</translation>
    </message>
</context>
<context>
    <name>MandatesModel</name>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Secteur responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Add a meeting to the calendar</source>
        <translation>Ajouter une réunion au calendrier</translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation>Nouvelle &amp;série…</translation>
    </message>
    <message>
        <source>Add meetings on chosen weekdays between two dates</source>
        <translation>Ajouter des réunions les jours de la semaine choisis entre deux dates</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected meeting (Enter)</source>
        <translation>Modifier la réunion sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>&amp;Annuler la réunion</translation>
    </message>
    <message>
        <source>Mark the selected meetings cancelled (calendars will show them so)</source>
        <translation>Marquer les réunions sélectionnées comme annulées (les agendas les afficheront ainsi)</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Move the selected meeting to another date, or mark it postponed</source>
        <translation>Déplacer la réunion sélectionnée à une autre date, ou la marquer comme reportée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected meetings</source>
        <translation>Supprimer les réunions sélectionnées</translation>
    </message>
    <message>
        <source>Delete “{title}” of {date}?</source>
        <translation>Supprimer « {title} » du {date} ?</translation>
    </message>
    <message>
        <source>Delete these {n} meetings?</source>
        <translation>Supprimer ces {n} réunions ?</translation>
    </message>
    <message>
        <source>Their agendas ({n} items) are deleted with them.</source>
        <translation>Leurs ordres du jour ({n} points) sont supprimés avec elles.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>e.g. Sixth meeting of the Working Group</source>
        <translation>p. ex. Sixième réunion du Groupe de travail</translation>
    </message>
    <message>
        <source>Left empty, the meeting is called by its number or its date.</source>
        <translation>Laissée vide, la réunion est désignée par son numéro ou sa date.</translation>
    </message>
    <message>
        <source>The language the title was written in</source>
        <translation>La langue dans laquelle le titre a été rédigé</translation>
    </message>
    <message>
        <source>Titles in other languages</source>
        <translation>Titres dans les autres langues</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language} :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in the series (1st, 2nd …)</source>
        <translation>Le numéro de la réunion dans la série (1re, 2e…)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Toute la journée</translation>
    </message>
    <message>
        <source>A meeting that takes whole days, such as the ministerial meeting itself</source>
        <translation>Une réunion de journées entières, comme la réunion ministérielle elle-même</translation>
    </message>
    <message>
        <source>The last day of a meeting of several days</source>
        <translation>Le dernier jour d’une réunion de plusieurs jours</translation>
    </message>
    <message>
        <source>e.g. Padilha Vidal Room</source>
        <translation>p. ex. Salle Padilha Vidal</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ex. Siège de l’OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>A meeting takes at most {count} days.</source>
        <translation>Une réunion dure au plus {count} jours.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Choisissez un fuseau horaire dans la liste : tapez une partie de son nom, p. ex. « York ».</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>No.</source>
        <extracomment>The meeting&apos;s id, for any cell of its row. The stored status value (``&quot;cancelled&quot;``), for the status delegate. The most meetings named in an overlap tooltip before &quot;and N more&quot;.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Overlaps with {meetings}</source>
        <extracomment>The meeting shown in table row ``index``. The table row of the meeting, or -1.</extracomment>
        <translation>Chevauche {meetings}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} autre(s)</translation>
    </message>
    <message>
        <source>{span}, time zone {zone}</source>
        <translation>{span}, fuseau horaire {zone}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status} : {reason}</translation>
    </message>
    <message>
        <source>{title} ({date}, {span})</source>
        <translation>{title} ({date}, {span})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“{url}” is not the address of a calendar. Give the calendar&apos;s full URL, e.g. https://calendar.example.org/dav/secretariat/mispa/ (your server&apos;s settings show it).</source>
        <extracomment>Where the errors of a request to the server come from (others are bugs: raised).</extracomment>
        <translation>« {url} » n’est pas l’adresse d’un calendrier. Indiquez l’URL complète du calendrier, par exemple https://calendar.example.org/dav/secretariat/mispa/ (les paramètres de votre serveur l’indiquent).</translation>
    </message>
    <message>
        <source>{done} of {total} change(s) were published and recorded; publish again to send the rest.</source>
        <translation>{done} modification(s) sur {total} ont été publiées et enregistrées ; publiez de nouveau pour envoyer le reste.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Rien n’a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>The CalDAV server forbids “{user}” to write to {calendar} (403 Forbidden). Check the calendar&apos;s address and that this account may change it. {kept}</source>
        <translation>Le serveur CalDAV interdit à « {user} » d’écrire dans {calendar} (403 Forbidden). Vérifiez l’adresse du calendrier et que ce compte a le droit de le modifier. {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server refused the login of “{user}” (401 Unauthorized). Check the user name and password. {kept}</source>
        <translation>Le serveur CalDAV a refusé la connexion de « {user} » (401 Unauthorized). Vérifiez le nom d’utilisateur et le mot de passe. {kept}</translation>
    </message>
    <message>
        <source>{reason} {kept}</source>
        <translation>{reason} {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server failed to store the calendar ({request} answered {status}). Try again later, or ask the server&apos;s administrator.</source>
        <translation>Le serveur CalDAV n’a pas pu enregistrer le calendrier ({request} a répondu {status}). Réessayez plus tard ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Could not reach the CalDAV server at {calendar} ({reason}). Check the address and your network.</source>
        <extracomment>(event to PUT, its hash) or (None, UID to DELETE)</extracomment>
        <translation>Impossible de joindre le serveur CalDAV à l’adresse {calendar} ({reason}). Vérifiez l’adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). The password was not saved; type it each time, or install and unlock a keyring (Secret Service, KWallet).</source>
        <translation>Le trousseau du système est inutilisable ({reason}). Le mot de passe n’a pas été enregistré ; saisissez-le à chaque fois, ou installez et déverrouillez un trousseau (Secret Service, KWallet).</translation>
    </message>
    <message>
        <source>There is no invitee list called “{name}”. Check the name (the window&apos;s Invitees page lists them).</source>
        <translation>Il n’existe aucune liste d’invités nommée « {name} ». Vérifiez le nom (la page Invités de la fenêtre les énumère).</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds NUL bytes). Choose the CSV file, or save the list from Excel as CSV UTF-8.</source>
        <extracomment>Longest field accepted (csv&apos;s own limit is 128 KB; a name is a few dozen characters). Lines to skip before the data (Excel&apos;s ``sep=`` line).</extracomment>
        <translation>{file} n’est pas un fichier texte (il contient des octets NUL). Choisissez le fichier CSV, ou enregistrez la liste depuis Excel au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text, so its accents cannot be read reliably. In Excel, save it with File &gt; Save As &gt; “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{file} n’est ni du texte UTF-8 ni du Windows-1252 : ses accents ne peuvent pas être lus de façon fiable. Dans Excel, enregistrez-le avec Fichier &gt; Enregistrer sous &gt; « CSV UTF-8 (délimité par des virgules) ».</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB a list may have here. Split the list into smaller files.</source>
        <translation>{file} dépasse les {limit} Mo qu’une liste peut avoir ici. Répartissez la liste dans des fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read as CSV ({reason}). Open the file in Excel or LibreOffice and save it again as CSV.</source>
        <translation>La ligne {line} de {file} ne peut pas être lue comme du CSV ({reason}). Ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le de nouveau au format CSV.</translation>
    </message>
    <message>
        <source>{file} changed while it was read (its text is no longer {encoding}). Import it again.</source>
        <translation>{file} a changé pendant sa lecture (son texte n’est plus en {encoding}). Importez-le de nouveau.</translation>
    </message>
    <message>
        <source>it repeats more than {limit} times up to {date}. Choose an earlier date to expand it to.</source>
        <extracomment>Expanding one recurring event into more meetings than this is refused. The calendar&apos;s METHOD (&quot;CANCEL&quot; for an Outlook cancellation). First and last day (inclusive) of an all-day event; None for one with times. The zone an all-day event was exported from (X-CHAIRDESK-TIMEZONE), if a known one. Refused only because it repeats and no expansion range was given. ``reason`` as a message the window translates. What the report says besides the events, in English (``explained_notes`` to translate). SEQUENCE is a 32-bit integer in every calendar program.</extracomment>
        <translation>il se répète plus de {limit} fois jusqu’au {date}. Choisissez une date plus proche jusqu’à laquelle le développer.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be read: {reason}.</source>
        <translation>sa règle de répétition (RRULE) est illisible : {reason}.</translation>
    </message>
    <message>
        <source>“{title}” repeats after {date}; only the {count} occurrence(s) up to that date were imported.</source>
        <translation>« {title} » se répète après le {date} ; seules les {count} occurrence(s) jusqu’à cette date ont été importées.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason}); correct it in your calendar and export it again.</source>
        <translation>il est illisible ({reason}) ; corrigez-le dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{title}” is in the file {count} times with the same UID; the newest version (SEQUENCE {sequence}) was read and the older ones skipped.</source>
        <translation>« {title} » figure {count} fois dans le fichier avec le même UID ; la version la plus récente (SEQUENCE {sequence}) a été lue et les plus anciennes ignorées.</translation>
    </message>
    <message>
        <source>it is a recurring event (and {count} changed occurrence(s)). Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>c’est un événement périodique (avec {count} occurrence(s) modifiée(s)). Choisissez une date jusqu’à laquelle transformer ses occurrences en réunions (en ligne de commande : --expand-until AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>it is a recurring event. Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>c’est un événement périodique. Choisissez une date jusqu’à laquelle transformer ses occurrences en réunions (en ligne de commande : --expand-until AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>There is no meeting with id {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <extracomment>How a meeting&apos;s status reads in a calendar; the exact status rides along in X-CHAIRDESK-STATUS where the calendar&apos;s three words cannot say it. The meeting status a calendar&apos;s STATUS alone stands for. Outlook&apos;s own mark of an all-day event, beside the DATE values every client reads. The zone of an all-day meeting, which its DATE values cannot carry (for a re-import). Report progress every so many events.</extracomment>
        <translation>Il n’y a aucune réunion d’id {ids} dans cet espace de travail ; rien n’a été exporté. Vérifiez les numéros (ids) des réunions et réessayez.</translation>
    </message>
    <message>
        <source>There are no meetings with ids {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <translation>Il n’y a aucune réunion d’ids {ids} dans cet espace de travail ; rien n’a été exporté. Vérifiez les numéros (ids) des réunions et réessayez.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a calendar file may have; nothing was imported. Check that you chose the right file, or export only the meetings you need.</source>
        <extracomment>A calendar of meetings is a few hundred kilobytes; 20 MB is far beyond any real one. Control characters no text calendar holds (tab, line feed, form feed and CR aside). What a VTIMEZONE may hold: real zones have a few dozen observances at most, each a yearly rule or a few dates. A rule repeating every second (or every hour through BYHOUR) would be expanded without bound by the library that reads it. Years a time zone&apos;s observances may start in.</extracomment>
        <translation>{file} fait {size} Mo, plus que les {limit} Mo qu’un fichier de calendrier peut avoir ; rien n’a été importé. Vérifiez que vous avez choisi le bon fichier, ou n’exportez que les réunions nécessaires.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: the file holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} n’est pas du texte UTF-8, comme doivent l’être les fichiers iCalendar : il contient des caractères dans un autre codage (peut-être du Windows-1252 d’un ancien Outlook). Rien n’a été importé. Exportez de nouveau le calendrier, ou ouvrez le fichier dans un éditeur de texte, enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file (it holds binary data); nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} n’est pas un fichier iCalendar (il contient des données binaires) ; rien n’a été importé. Choisissez le fichier .ics exporté par votre logiciel de calendrier.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: line {line} (after unfolding), “{text}”, holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} n’est pas du texte UTF-8, comme doivent l’être les fichiers iCalendar : la ligne {line} (une fois dépliée), « {text} », contient des caractères dans un autre codage (peut-être du Windows-1252 d’un ancien Outlook). Rien n’a été importé. Exportez de nouveau le calendrier, ou ouvrez le fichier dans un éditeur de texte, enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; it was read as Windows-1252, the encoding older Outlook versions write. Check the accents of what was imported, e.g. line {line} (after unfolding): “{text}”.</source>
        <translation>{file} n’est pas du texte UTF-8 ; il a été lu comme du Windows-1252, le codage qu’écrivent les anciennes versions d’Outlook. Vérifiez les accents de ce qui a été importé, par exemple la ligne {line} (une fois dépliée) : « {text} ».</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it should start with BEGIN:VCALENDAR, but line {line} reads “{text}”. Nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR, mais la ligne {line} contient « {text} ». Rien n’a été importé. Choisissez le fichier .ics exporté par votre logiciel de calendrier.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it starts with BEGIN:{block} instead of BEGIN:VCALENDAR. Nothing was imported.</source>
        <translation>{file} n’est pas un fichier iCalendar : il commence par BEGIN:{block} au lieu de BEGIN:VCALENDAR. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} is damaged: END:{block} on line {line} closes nothing that was opened. Nothing was imported; export the calendar again.</source>
        <translation>{file} est endommagé : END:{block} à la ligne {line} ne ferme rien de ce qui a été ouvert. Rien n’a été importé ; exportez de nouveau le calendrier.</translation>
    </message>
    <message>
        <source>{file} is incomplete: BEGIN:{block} on line {line} is never closed (the file may have been cut short). Nothing was imported; export the calendar again.</source>
        <translation>{file} est incomplet : BEGIN:{block} à la ligne {line} n’est jamais fermé (le fichier a peut-être été tronqué). Rien n’a été importé ; exportez de nouveau le calendrier.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Nothing was imported; export the calendar again.</source>
        <translation>{file} est endommagé et illisible ({reason}). Rien n’a été importé ; exportez de nouveau le calendrier.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems} (and {more} more). Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} contient des valeurs illisibles : {problems} (et {more} de plus). Rien n’a été importé ; corrigez ces lignes ou exportez de nouveau le calendrier.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems}. Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} contient des valeurs illisibles : {problems}. Rien n’a été importé ; corrigez ces lignes ou exportez de nouveau le calendrier.</translation>
    </message>
    <message>
        <source>{file} holds no events (VEVENT), so there are no meetings to import.</source>
        <translation>{file} ne contient aucun événement (VEVENT) : il n’y a donc aucune réunion à importer.</translation>
    </message>
    <message>
        <source>it has {count} STANDARD/DAYLIGHT parts</source>
        <extracomment>METHOD, upper case (&quot;PUBLISH&quot;, &quot;REQUEST&quot;, &quot;CANCEL&quot;), or &quot;&quot;. X-WR-TIMEZONE as written (Google, Apple): the zone of the calendar&apos;s floating times. What the report must say about how the file was read (its encoding), or None.</extracomment>
        <translation>il comporte {count} parties STANDARD/DAYLIGHT</translation>
    </message>
    <message>
        <source>it lists more than {limit} change dates (RDATE)</source>
        <translation>il énumère plus de {limit} dates de changement (RDATE)</translation>
    </message>
    <message>
        <source>a part has no start</source>
        <translation>une de ses parties n’a pas de début</translation>
    </message>
    <message>
        <source>a {part} part starts in year {year}</source>
        <translation>une partie {part} commence en l’an {year}</translation>
    </message>
    <message>
        <source>a {part} rule repeats {frequency}, not yearly</source>
        <translation>une règle {part} se répète à la fréquence {frequency}, et non chaque année</translation>
    </message>
    <message>
        <source>a {part} rule uses {parts}</source>
        <translation>une règle {part} utilise {parts}</translation>
    </message>
    <message>
        <source>{file} describes its time zone “{zone}” in a way no calendar program writes ({problem}); reading it might never finish. Nothing was imported; export the calendar again from your calendar program.</source>
        <translation>{file} décrit son fuseau horaire « {zone} » d’une manière qu’aucun logiciel de calendrier n’écrit ({problem}) ; sa lecture pourrait ne jamais finir. Rien n’a été importé ; exportez de nouveau le calendrier depuis votre logiciel de calendrier.</translation>
    </message>
    <message>
        <source>{file} is empty: it holds no calendar. Nothing was imported; choose the .ics file your calendar program exported.</source>
        <translation>{file} est vide : il ne contient aucun calendrier. Rien n’a été importé ; choisissez le fichier .ics exporté par votre logiciel de calendrier.</translation>
    </message>
    <message>
        <source>its time {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <extracomment>The longest an event may last to become a meeting (a multi-day meeting included). The Windows zone name the TZID gave, when it was one (``zone`` is then its default). The calendar&apos;s own zone (X-WR-TIMEZONE), for placing a UTC time of a new meeting. &quot;its ... is outside the years&quot;: one sentence for each date of an event that is checked.</extracomment>
        <translation>son heure {date} est hors des années {first}–{last} qu’une réunion peut avoir. Corrigez la date dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>its start (DTSTART) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>son début (DTSTART) {date} est hors des années {first}–{last} qu’une réunion peut avoir. Corrigez la date dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>its end (DTEND) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>sa fin (DTEND) {date} est hors des années {first}–{last} qu’une réunion peut avoir. Corrigez la date dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>its date {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>sa date {date} est hors des années {first}–{last} qu’une réunion peut avoir. Corrigez la date dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is neither a known zone nor described in the file. Export it again from your calendar with its time zones included.</source>
        <translation>son fuseau horaire « {zone} » n’est ni un fuseau connu ni décrit dans le fichier. Exportez-le de nouveau depuis votre calendrier en incluant les fuseaux horaires.</translation>
    </message>
    <message>
        <source>it has no start time (DTSTART).</source>
        <translation>il n’a pas d’heure de début (DTSTART).</translation>
    </message>
    <message>
        <source>its end (DTEND) is a date without a time.</source>
        <translation>sa fin (DTEND) est une date sans heure.</translation>
    </message>
    <message>
        <source>it has no end time (neither DTEND nor DURATION).</source>
        <translation>il n’a pas d’heure de fin (ni DTEND ni DURATION).</translation>
    </message>
    <message>
        <source>it ends before it starts, or lasts no time at all.</source>
        <translation>il finit avant de commencer, ou ne dure pas du tout.</translation>
    </message>
    <message>
        <source>it is an all-day event whose DURATION is not a number of days.</source>
        <translation>c’est un événement d’une journée entière dont la DURATION n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>it lasts {days} days; a meeting lasts at most {limit} days. Correct its end in your calendar and export it again.</source>
        <translation>il dure {days} jours ; une réunion dure au plus {limit} jours. Corrigez sa fin dans votre calendrier et exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id} in this workspace.</source>
        <extracomment>Messages this run is to send (after leaving out those already sent). Addresses that already had this version of the invitation. ``refused`` as messages the window translates. Why the run stopped before the end (cancelled, connection dropped), or &quot;&quot;. ``stopped`` as a message the window translates, or None.</extracomment>
        <translation>Il n’y a aucune réunion d’id {id} dans cet espace de travail.</translation>
    </message>
    <message>
        <source>“{title}” invites no invitee list yet. Choose the list(s) it invites in the meeting&apos;s invitations, then send again.</source>
        <translation>« {title} » n’invite encore aucune liste d’invités. Choisissez la ou les listes invitées dans les invitations de la réunion, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>Stopped after {sent} of {total} message(s); run it again to send the rest (nothing is sent twice).</source>
        <translation>Arrêté après {sent} message(s) sur {total} ; relancez l’envoi pour envoyer le reste (rien n’est envoyé deux fois).</translation>
    </message>
    <message>
        <source>{reason} {sent} of {total} message(s) were sent and recorded; send again to deliver the rest (nothing is sent twice).</source>
        <translation>{reason} {sent} message(s) sur {total} ont été envoyés et enregistrés ; envoyez de nouveau pour remettre le reste (rien n’est envoyé deux fois).</translation>
    </message>
    <message>
        <source>Unknown connection security “{security}”.</source>
        <translation>Sécurité de connexion inconnue : « {security} ».</translation>
    </message>
    <message>
        <source>The mail server {server} refused the login of “{user}” ({reply}). Check the user name and password in the SMTP settings; nothing was sent.</source>
        <translation>Le serveur de messagerie {server} a refusé la connexion de « {user} » ({reply}). Vérifiez le nom d’utilisateur et le mot de passe dans les paramètres SMTP ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>Le serveur de messagerie {server} ne propose pas STARTTLS. Choisissez SSL ou un autre port dans les paramètres SMTP (demandez les bons à votre service informatique) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer login. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>Le serveur de messagerie {server} ne propose pas d’authentification. Choisissez SSL ou un autre port dans les paramètres SMTP (demandez les bons à votre service informatique) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {server} ({reason}). Check the host, port and security in the SMTP settings, and your network; nothing was sent.</source>
        <translation>Impossible de se connecter au serveur de messagerie {server} ({reason}). Vérifiez l’hôte, le port et la sécurité dans les paramètres SMTP, ainsi que votre réseau ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The server refused {details}.</source>
        <translation>Le serveur a refusé {details}.</translation>
    </message>
    <message>
        <source>The mail server refused to send from {sender} ({reply}). Give the organizer an address your account may send from (working group settings).</source>
        <translation>Le serveur de messagerie a refusé d’envoyer depuis {sender} ({reply}). Donnez à l’organisateur une adresse depuis laquelle votre compte peut envoyer (paramètres du groupe de travail).</translation>
    </message>
    <message>
        <source>The mail server answered {reply}.</source>
        <translation>Le serveur de messagerie a répondu {reply}.</translation>
    </message>
    <message>
        <source>The connection to the mail server dropped ({reason}).</source>
        <translation>La connexion au serveur de messagerie a été interrompue ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another one; nothing was written.</source>
        <translation>Le dossier {folder} n’existe pas. Créez-le ou choisissez-en un autre ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}). Check the folder and free disk space.</source>
        <translation>Impossible d’écrire {file} ({reason}). Vérifiez le dossier et l’espace disque disponible.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a spreadsheet ({reason}). Open it in LibreOffice and save it again as .ods, or as Excel Workbook (.xlsx).</source>
        <translation>{file} est endommagé ou n’est pas une feuille de calcul ({reason}). Ouvrez-le dans LibreOffice et enregistrez-le de nouveau en .ods, ou en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{value}” is not a count</source>
        <extracomment>Rows parsed and not yet handed out: (first number, values, repeat, spans).</extracomment>
        <translation>« {value} » n’est pas un nombre de répétitions</translation>
    </message>
    <message>
        <source>a repeat count below one</source>
        <translation>un nombre de répétitions inférieur à un</translation>
    </message>
    <message>
        <source>a row wider than 16,384 columns</source>
        <translation>une ligne de plus de 16 384 colonnes</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>plus de {limit} lignes</translation>
    </message>
    <message>
        <source>{file} contains a document type or entity declaration, which LibreOffice never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <translation>{file} contient une déclaration de type de document ou d’entité, que LibreOffice n’écrit jamais et qu’utilisent les fichiers malveillants ; il n’a pas été lu. Demandez une nouvelle copie du fichier.</translation>
    </message>
    <message>
        <source>it has no content.xml</source>
        <translation>il n’a pas de content.xml</translation>
    </message>
    <message>
        <source>its XML is broken: {reason}</source>
        <translation>son XML est endommagé : {reason}</translation>
    </message>
    <message>
        <source>{file} is an e-mail without a calendar reply in it. Drop the reply e-mail (“Accepted: ...”, “Declined: ...”) or its .ics attachment instead.</source>
        <extracomment>Stamp of a reply without DTSTAMP: older than any stamped one.</extracomment>
        <translation>{file} est un courriel qui ne contient aucune réponse de calendrier. Déposez plutôt le courriel de réponse (« Accepté : ... », « Refusé : ... ») ou sa pièce jointe .ics.</translation>
    </message>
    <message>
        <source>{file}: the reply names no meeting (it has no UID).</source>
        <translation>{file} : la réponse ne désigne aucune réunion (elle n’a pas d’UID).</translation>
    </message>
    <message>
        <source>{file}: its SEQUENCE is not a number.</source>
        <translation>{file} : sa SEQUENCE n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{file}: the reply has no ATTENDEE, so it answers for nobody.</source>
        <translation>{file} : la réponse n’a pas d’ATTENDEE : elle ne répond donc pour personne.</translation>
    </message>
    <message>
        <source>{file}: the attendee “{attendee}” is not an address.</source>
        <translation>{file} : le participant « {attendee} » n’est pas une adresse.</translation>
    </message>
    <message>
        <source>{file} is not a reply to an invitation (its METHOD is {method}, not REPLY). To add meetings from a calendar use Import ▸ Calendar instead.</source>
        <translation>{file} n’est pas une réponse à une invitation (son METHOD est {method}, et non REPLY). Pour ajouter des réunions depuis un calendrier, utilisez plutôt Importer ▸ Calendrier.</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file} : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file} : {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} Remove or replace these files and import the replies again.</source>
        <translation>Rien n’a été importé : {problems} Retirez ou remplacez ces fichiers et importez de nouveau les réponses.</translation>
    </message>
    <message>
        <source>The list “{name}” or the file changed since the preview (in another window?), so nothing was imported. Import the file again to see the new preview.</source>
        <extracomment>The values ``clean_contact`` returns, all stored for a new contact.</extracomment>
        <translation>La liste « {name} » ou le fichier a changé depuis l’aperçu (dans une autre fenêtre ?) : rien n’a donc été importé. Importez de nouveau le fichier pour voir le nouvel aperçu.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>Results of each kind a plan keeps for the preview (it counts them all). Why the row cannot be imported (for an error), without the row&apos;s number.</extracomment>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {remove} to remove, {errors} with errors</source>
        <extracomment>The list entry to update; None adds an entry. The existing contact; None creates one from ``contact``. All clean values of a new contact, or only the changed fields of an existing one. The entry&apos;s role and status to set; None leaves an existing entry&apos;s as they are. The first KEPT_RESULTS results of each kind, in row order. Entries of the list that no row of the workbook matched. Whether the missing entries are removed from the list by this import. How the file was read (a CSV&apos;s encoding) and the rows left out, for the preview. A digest of every row&apos;s result: two plans with the same one would write the same.</extracomment>
        <translation>{add} à ajouter, {update} à mettre à jour, {unchanged} inchangé(s), {remove} à retirer, {errors} en erreur</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {errors} with errors</source>
        <translation>{add} à ajouter, {update} à mettre à jour, {unchanged} inchangé(s), {errors} en erreur</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} (and {more} more) Correct the workbook and import it again.</source>
        <translation>{total} ligne(s) du classeur comportent des erreurs : rien n’a donc été importé. {rows} (et {more} de plus) Corrigez le classeur et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} Correct the workbook and import it again.</source>
        <translation>{total} ligne(s) du classeur comportent des erreurs : rien n’a donc été importé. {rows} Corrigez le classeur et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid status. Use one of: {allowed} (in English or Spanish).</source>
        <extracomment>&quot;... is not a valid ...&quot;, for each column whose values are chosen from a list.</extracomment>
        <translation>« {value} » n’est pas un état valable. Utilisez l’un des suivants : {allowed} (en anglais ou en espagnol).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid category. Use one of: {allowed} (in English or Spanish).</source>
        <translation>« {value} » n’est pas une catégorie valable. Utilisez l’une des suivantes : {allowed} (en anglais ou en espagnol).</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <extracomment>Why two rows are taken for the same person.</extracomment>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>the same person as row {first} ({why}). Keep one of the rows.</source>
        <translation>la même personne que la ligne {first} ({why}). Ne gardez qu’une des lignes.</translation>
    </message>
    <message>
        <source>The header row must be in the first {rows} rows and name a Name (Nombre) column, or First Name and Last Name, and at least one more known column, such as {names} (or Organismo, Correo electrónico, Estado).</source>
        <extracomment>How many rows from the top are searched for the header row. A header row must name the Name column and at least this many known columns in all. Skipped rows listed by a preview; more are counted. 1-based number of the header row, as the spreadsheet shows it. The fields the sheet has a column for, in the order of each row&apos;s values. Headers that name no known field (their columns are ignored). How the file was read, when a person should know (a CSV&apos;s encoding and separator). (row number, why) of rows left out: totals lines, repeated headers. Rows in the sheet (a first estimate until read), for progress.</extracomment>
        <translation>La ligne d’en-têtes doit se trouver dans les {rows} premières lignes et comporter une colonne Name (Nombre), ou First Name et Last Name, et au moins une autre colonne connue, comme {names} (ou Organismo, Correo electrónico, Estado).</translation>
    </message>
    <message>
        <source>{file} has no worksheets. Choose another file.</source>
        <translation>{file} ne contient aucune feuille. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{file} has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{file} n’a aucune feuille nommée « {sheet} ». Ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <source>No sheet of {file} has a header row that Chairdesk recognises. {help}</source>
        <translation>Aucune feuille de {file} n’a de ligne d’en-têtes que Chairdesk reconnaisse. {help}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} is empty. Choose the sheet with the invitees (with --sheet on the command line).</source>
        <translation>La feuille « {sheet} » de {file} est vide. Choisissez la feuille des invités (avec --sheet en ligne de commande).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} has no header row Chairdesk recognises. {help}</source>
        <translation>La feuille « {sheet} » de {file} n’a pas de ligne d’en-têtes que Chairdesk reconnaisse. {help}</translation>
    </message>
    <message>
        <source>Workbooks are read only with the defusedxml package installed, which protects against malicious files. Reinstall Chairdesk to restore it.</source>
        <extracomment>Largest workbook file accepted (an export of 100,000 invitees is about 6 MB). Most parts a workbook may have (a plain one has about a dozen). Largest total size of the parts once unpacked. Highest packing ratio of a large part; sheet XML packs about 10-30 to 1, bombs 1000 to 1. Stream names (UTF-16) that an encrypted Office file carries in its OLE2 directory.</extracomment>
        <translation>Les classeurs ne sont lus qu’avec le paquet defusedxml installé, qui protège des fichiers malveillants. Réinstallez Chairdesk pour le rétablir.</translation>
    </message>
    <message>
        <source>{file}: no such file. Check the path.</source>
        <translation>{file} : ce fichier n’existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workbook. Choose an .xlsx file.</source>
        <translation>{file} est un dossier, pas un classeur. Choisissez un fichier .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device?). Choose the saved workbook.</source>
        <translation>{file} n’est pas un fichier ordinaire (un tube ou un périphérique ?). Choisissez le classeur enregistré.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the saved workbook.</source>
        <translation>{file} est vide (0 octet). Choisissez le classeur enregistré.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a workbook may have here. Split the list into smaller workbooks.</source>
        <translation>{file} fait {size} Mo, plus que les {limit} Mo qu’un classeur peut avoir ici. Répartissez la liste dans des classeurs plus petits.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password (in Excel: File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and import it again.</source>
        <translation>{file} est protégé par un mot de passe : enregistrez-le sans mot de passe (dans Excel : Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe, effacez le mot de passe) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is an old-style Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} est un ancien classeur Excel 97-2003 (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). If it is a CSV or another spreadsheet, open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} n’est pas un classeur Excel (.xlsx). S’il s’agit d’un CSV ou d’une autre feuille de calcul, ouvrez-le dans Excel ou LibreOffice et enregistrez-le en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete .xlsx file ({reason}). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>{file} est endommagé : ce n’est pas un fichier .xlsx complet ({reason}). Ouvrez-le dans Excel et enregistrez-le de nouveau, ou demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>{file} is a zip file but not an Excel workbook (.xlsx). Open it in its program and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} est un fichier zip mais pas un classeur Excel (.xlsx). Ouvrez-le dans son logiciel et enregistrez-le en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete file ({reason}). Open it in its program and save it again, or ask for a new copy.</source>
        <translation>{file} est endommagé : ce n’est pas un fichier complet ({reason}). Ouvrez-le dans son logiciel et enregistrez-le de nouveau, ou demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>{file} holds {parts} parts, more than the {limit} a workbook may have; it may be damaged or malicious. Open it in Excel and save it as a new workbook.</source>
        <translation>{file} contient {parts} parties, plus que les {limit} qu’un classeur peut avoir ; il est peut-être endommagé ou malveillant. Ouvrez-le dans Excel et enregistrez-le comme un nouveau classeur.</translation>
    </message>
    <message>
        <source>{file} would unpack to {size} MB, more than the {limit} MB allowed; it may be a damaged or malicious file (a “zip bomb”). Open it in Excel and save it again, or split the list.</source>
        <translation>{file} occuperait {size} Mo une fois décompressé, plus que les {limit} Mo autorisés ; il s’agit peut-être d’un fichier endommagé ou malveillant (une « bombe zip »). Ouvrez-le dans Excel et enregistrez-le de nouveau, ou scindez la liste.</translation>
    </message>
    <message>
        <source>{file} has a part ({part}) that would unpack from {packed} bytes to {size} MB; it may be a malicious file (a “zip bomb”) and was not opened. Ask for a new copy.</source>
        <translation>{file} contient une partie ({part}) qui passerait de {packed} octets à {size} Mo une fois décompressée ; il s’agit peut-être d’un fichier malveillant (une « bombe zip ») et il n’a pas été ouvert. Demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password and import it again.</source>
        <translation>{file} est protégé par un mot de passe : enregistrez-le sans mot de passe et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} contains a document type declaration, which Excel never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <extracomment>Largest row accepted (Excel holds at most 32,767 characters in a cell). A cell as Excel and openpyxl write it (r, then s and t in either order; a value or an inline string without runs), read in one match; anything else takes the full path. Number formats that show a date (Excel&apos;s built-in ids).</extracomment>
        <translation>{file} contient une déclaration de type de document, qu’Excel n’écrit jamais et qu’utilisent les fichiers malveillants ; il n’a pas été lu. Demandez une nouvelle copie du fichier.</translation>
    </message>
    <message>
        <source>{file} stores its sheets as UTF-16, which Chairdesk does not read. Open it in Excel and save it again.</source>
        <translation>{file} enregistre ses feuilles en UTF-16, que Chairdesk ne lit pas. Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} has a row larger than {limit} MB in {part}; it is damaged or not a list. Open it in Excel and save it again.</source>
        <translation>{file} a une ligne de plus de {limit} Mo dans {part} ; il est endommagé ou ce n’est pas une liste. Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} could not be read: its part {part} is cut short (the file is damaged or was not completely saved). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>Impossible de lire {file} : sa partie {part} est tronquée (le fichier est endommagé ou n’a pas été entièrement enregistré). Ouvrez-le dans Excel et enregistrez-le de nouveau, ou demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>{file} has an oversized {part} ({size} bytes); it may be damaged or malicious. Open it in Excel and save it again.</source>
        <translation>{file} a un {part} trop volumineux ({size} octets) ; il est peut-être endommagé ou malveillant. Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} merged cells in one sheet; unmerge them (Home &gt; Merge &amp; Center) and import again.</source>
        <translation>{file} a plus de {limit} cellules fusionnées dans une feuille ; annulez la fusion (Accueil &gt; Fusionner et centrer) et importez de nouveau.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has a row numbered {row}, beyond the {limit} rows a workbook can have. Open it in Excel and save it again.</source>
        <translation>{file} est endommagé : il a une ligne numérotée {row}, au-delà des {limit} lignes qu’un classeur peut avoir. Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} has a cell beyond column XFD. Open it in Excel and save it again.</source>
        <translation>{file} est endommagé : la ligne {row} a une cellule au-delà de la colonne XFD. Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} refers to a shared string that is not there ({reference}). Open it in Excel and save it again.</source>
        <translation>{file} est endommagé : la ligne {row} renvoie à une chaîne partagée absente ({reference}). Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} has no workbook part. Open it in Excel and save it again.</source>
        <translation>{file} n’a pas de partie classeur (workbook). Ouvrez-le dans Excel et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} could not be read as a workbook ({reason}). Open it in Excel and save it again as Excel Workbook (.xlsx).</source>
        <translation>Impossible de lire {file} comme un classeur ({reason}). Ouvrez-le dans Excel et enregistrez-le de nouveau en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The action can only come from an item of its own meeting.</source>
        <extracomment>The mandate&apos;s number in the work plan, and its resolution.</extracomment>
        <translation>L’action ne peut provenir que d’un point de sa propre réunion.</translation>
    </message>
    <message>
        <source>This action was changed in another window; reload and try again.</source>
        <translation>Cette action a été modifiée dans une autre fenêtre ; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>This action is already on an agenda.</source>
        <translation>Cette action figure déjà à un ordre du jour.</translation>
    </message>
    <message>
        <source>The position must be between 1 and {last}.</source>
        <extracomment>The mandate&apos;s texts papers print in their own language, and the longest each may be. Their versions: ``resolution_title_es``, ``area_responsible_fr`` ... (&quot;&quot; or None: none in that language).</extracomment>
        <translation>La position doit être comprise entre 1 et {last}.</translation>
    </message>
    <message>
        <source>This item has already been deferred.</source>
        <translation>Ce point a déjà été reporté.</translation>
    </message>
    <message>
        <source>Choose another meeting than the item&apos;s own.</source>
        <translation>Choisissez une autre réunion que celle du point.</translation>
    </message>
    <message>
        <source>That meeting is cancelled: choose another one.</source>
        <translation>Cette réunion est annulée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>There is no later meeting to defer this item to. Create the next meeting first.</source>
        <translation>Il n’y a aucune réunion ultérieure à laquelle reporter ce point. Créez d’abord la prochaine réunion.</translation>
    </message>
    <message>
        <source>That revision belongs to another document.</source>
        <translation>Cette révision appartient à un autre document.</translation>
    </message>
    <message>
        <source>This meeting has no previous meeting, or already approves its summary.</source>
        <extracomment>Whether the previous meeting&apos;s summary has been written (generated or edited) yet.</extracomment>
        <translation>Cette réunion n’a pas de réunion précédente, ou en approuve déjà le compte rendu.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted in another window.</source>
        <extracomment>The order in which the sheet (and the list of participants) shows the categories.</extracomment>
        <translation>Ce contact n’existe plus ; il a peut-être été supprimé dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>This item does not consider {symbol}; link the document first.</source>
        <translation>Ce point n’examine pas {symbol} ; liez d’abord le document.</translation>
    </message>
    <message>
        <source>This workspace already holds a working group; use a new file.</source>
        <translation>Cet espace de travail contient déjà un groupe de travail ; utilisez un nouveau fichier.</translation>
    </message>
    <message>
        <source>The revision number must be zero or more.</source>
        <extracomment>200 MB: larger than any circulated Word or PDF document, small enough for SQLite. &quot;The ... number must be zero or more&quot;, for each number of a revision&apos;s symbol.</extracomment>
        <translation>Le numéro de révision doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>The addendum number must be zero or more.</source>
        <translation>Le numéro d’additif doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>The corrigendum number must be zero or more.</source>
        <translation>Le numéro de rectificatif doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document, and the full symbol is made from them.</source>
        <translation>Saisissez la cote sans « {suffix} » : les révisions sont ajoutées au document, et la cote complète en est déduite.</translation>
    </message>
    <message>
        <source>A document with the symbol {symbol} exists already.</source>
        <translation>Un document portant la cote {symbol} existe déjà.</translation>
    </message>
    <message>
        <source>{symbol} exists already.</source>
        <translation>{symbol} existe déjà.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files of up to {limit} MB can be kept in a workspace.</source>
        <translation>{file} fait {size} Mo ; un espace de travail peut conserver des fichiers d’au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>{file} is identical to the {language} file of {earlier}: nothing changed. Choose the revised file.</source>
        <translation>{file} est identique au fichier {language} de {earlier} : rien n’a changé. Choisissez le fichier révisé.</translation>
    </message>
    <message>
        <source>That file no longer exists.</source>
        <translation>Ce fichier n’existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>The English sentence (what the command line prints). &quot;Someone else changed the ... since you began&quot;: one sentence per kind of row, named and unnamed, so that each language can say it in its own words.</extracomment>
        <translation>Quelqu’un d’autre a modifié la réunion « {label} » depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié la réunion depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le point de l’ordre du jour « {label} » depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le point de l’ordre du jour depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the document “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le document « {label} » depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the document since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le document depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the revision “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié la révision « {label} » depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the revision since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié la révision depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le mandat « {label} » depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le mandat depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the contact “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le contact « {label} » depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the contact since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié le contact depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié la liste d’invités « {label} » depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié la liste d’invités depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié l’entrée de la liste « {label} » depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié l’entrée de la liste depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the action “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié l’action de suivi « {label} » depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the action since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre a modifié l’action de suivi depuis que vous avez commencé à la modifier, ou l’a supprimée ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>For a kind of row not listed above.</extracomment>
        <translation>Quelqu’un d’autre a modifié « {label} » depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Quelqu’un d’autre l’a modifié depuis que vous avez commencé à le modifier, ou l’a supprimé ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>That meeting no longer exists; it may have been deleted elsewhere.</source>
        <extracomment>&quot;That ... no longer exists&quot;: one sentence per kind of row.</extracomment>
        <translation>Cette réunion n’existe plus ; elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce point de l’ordre du jour n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That deferred agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce point reporté de l’ordre du jour n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That document no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce document n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That revision no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cette révision n’existe plus ; elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>That file no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce fichier n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That mandate no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce mandat n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ce contact n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>That invitee list no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cette liste d’invités n’existe plus ; elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>That list entry no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cette entrée de la liste n’existe plus ; elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>That action no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cette action de suivi n’existe plus ; elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>That row no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cet élément n’existe plus ; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <extracomment>Each kind of row named with its article, for the sentences the window makes about a conflict (&quot;Cannot undo ...: someone else changed the meeting “1st meeting” after it&quot;).</extracomment>
        <translation>la réunion</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>le point de l’ordre du jour</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>the revision</source>
        <translation>la révision</translation>
    </message>
    <message>
        <source>the mandate</source>
        <translation>le mandat</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message>
        <source>the invitee list</source>
        <translation>la liste d’invités</translation>
    </message>
    <message>
        <source>the list entry</source>
        <translation>l’entrée de la liste</translation>
    </message>
    <message>
        <source>the invitations</source>
        <translation>les invitations</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>l’action de suivi</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>l’élément</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <extracomment>What the window and the command line call each field.</extracomment>
        <translation>Service responsable</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Service responsable en anglais</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Service responsable en espagnol</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Service responsable en français</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Service responsable en portugais</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Note sur la modification</translation>
    </message>
    <message>
        <source>Date of circulation</source>
        <translation>Date de distribution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Member States of the parent body</source>
        <translation>États membres de l’organe principal</translation>
    </message>
    <message>
        <source>Last day of the ministerial meeting</source>
        <translation>Dernier jour de la réunion ministérielle</translation>
    </message>
    <message>
        <source>First day of the ministerial meeting</source>
        <translation>Premier jour de la réunion ministérielle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nom en espagnol</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nom en portugais</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizer&apos;s e-mail</source>
        <translation>Courriel de l’organisateur</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <source>Series of the papers</source>
        <translation>Série des documents imprimés</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Modèle à en-tête</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Organe de tutelle</translation>
    </message>
    <message>
        <source>Parent body in English</source>
        <translation>Organe de tutelle en anglais</translation>
    </message>
    <message>
        <source>Parent body in Spanish</source>
        <translation>Organe de tutelle en espagnol</translation>
    </message>
    <message>
        <source>Parent body in French</source>
        <translation>Organe de tutelle en français</translation>
    </message>
    <message>
        <source>Parent body in Portuguese</source>
        <translation>Organe de tutelle en portugais</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Règle de quorum</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nom du représentant</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Fonction du représentant</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Titre de la résolution</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Titre de la résolution en anglais</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Titre de la résolution en espagnol</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Titre de la résolution en français</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Titre de la résolution en portugais</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif de l’état</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Calendar identifier</source>
        <translation>Identifiant de calendrier</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The symbol cannot be empty.</source>
        <extracomment>&quot;The ... cannot be empty&quot;, for the fields that must be filled.</extracomment>
        <translation>La cote ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The default time zone cannot be empty.</source>
        <translation>Le fuseau horaire par défaut ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The description cannot be empty.</source>
        <translation>La description ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The file name cannot be empty.</source>
        <translation>Le nom du fichier ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The resolution cannot be empty.</source>
        <translation>La résolution ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The title of the resolution cannot be empty.</source>
        <translation>Le titre de la résolution ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The time zone cannot be empty.</source>
        <translation>Le fuseau horaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{field}: this cannot be left empty.</source>
        <translation>{field} : ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>{field}: too long ({length} characters, at most {limit}).</source>
        <translation>{field} : texte trop long ({length} caractères, {limit} au plus).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices. Use one of: {allowed}.</source>
        <translation>{field} : « {value} » ne fait pas partie des choix possibles. Utilisez l’un des suivants : {allowed}.</translation>
    </message>
    <message>
        <source>{field}: a date is needed.</source>
        <translation>{field} : une date est nécessaire.</translation>
    </message>
    <message>
        <source>{field}: a time of day is needed.</source>
        <translation>{field} : une heure est nécessaire.</translation>
    </message>
    <message>
        <source>{field}: a whole number above zero is needed.</source>
        <translation>{field} : un nombre entier supérieur à zéro est nécessaire.</translation>
    </message>
    <message>
        <source>{field}: yes or no.</source>
        <translation>{field} : oui ou non.</translation>
    </message>
    <message>
        <source>Invitations need the secretariat&apos;s e-mail address (the organizer, to whom replies go). Enter it in the working group&apos;s settings first.</source>
        <extracomment>Names of invited contacts without an e-mail address: they get no invitation.</extracomment>
        <translation>Les invitations ont besoin de l’adresse électronique du secrétariat (l’organisateur, à qui vont les réponses). Indiquez-la d’abord dans les paramètres du groupe de travail.</translation>
    </message>
    <message>
        <source>Unknown way of sending “{channel}”.</source>
        <extracomment>Addresses that already have this message (sent before a stop): skipped.</extracomment>
        <translation>Mode d’envoi inconnu : « {channel} ».</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”.</source>
        <translation>Une liste nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>{name} is already on this list.</source>
        <translation>{name} figure déjà sur cette liste.</translation>
    </message>
    <message>
        <source>{count} of the selected entries no longer exist; reload the list.</source>
        <translation>{count} des entrées sélectionnées n’existent plus ; rechargez la liste.</translation>
    </message>
    <message>
        <source>Someone else changed {changed} of the {selected} selected entries since you selected them; nothing was changed. Look at the list again and repeat the change.</source>
        <translation>Quelqu’un d’autre a modifié {changed} des {selected} entrées sélectionnées depuis que vous les avez sélectionnées ; rien n’a été modifié. Regardez de nouveau la liste et refaites la modification.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the OAS languages.</source>
        <translation>« {code} » n’est pas l’une des langues de l’OEA.</translation>
    </message>
    <message>
        <source>The last day ({end}) cannot come before the first ({start}).</source>
        <extracomment>The stored times of an all-day meeting. The most days one meeting may take.</extracomment>
        <translation>Le dernier jour ({end}) ne peut pas précéder le premier ({start}).</translation>
    </message>
    <message>
        <source>A meeting with times starts and ends on the same day; make it all-day to have it take several days.</source>
        <translation>Une réunion avec des heures commence et finit le même jour ; faites-en une réunion d’une journée entière pour qu’elle dure plusieurs jours.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts ({start}); {end} is not later.</source>
        <translation>La réunion doit finir après avoir commencé ({start}) ; {end} n’est pas plus tard.</translation>
    </message>
    <message>
        <source>A meeting takes at most {limit} days; {start} to {end} is {days}.</source>
        <translation>Une réunion dure au plus {limit} jours ; du {start} au {end}, cela fait {days}.</translation>
    </message>
    <message>
        <source>A meeting must be held between {first} and {last}; {date} is not.</source>
        <extracomment>Changing any of these is a change calendars must see: SEQUENCE goes up. Stored as given, beside the scheduling fields. Years a meeting may be held in. Outside them a date is a slip (or a hostile file), and the calendar export could not describe its time zone (year 9999 ends the calendar the date types know).</extracomment>
        <translation>Une réunion doit se tenir entre {first} et {last} ; ce n’est pas le cas du {date}.</translation>
    </message>
    <message>
        <source>The title pattern can use {{number}}, {{date}} and {{group}}, each in braces; remove any other braces.</source>
        <extracomment>What ``create_series`` fills into a title pattern.</extracomment>
        <translation>Le modèle de titre peut utiliser {{number}}, {{date}} et {{group}}, chacun entre accolades ; retirez toute autre accolade.</translation>
    </message>
    <message>
        <source>The calendar sequence must be zero or more.</source>
        <translation>La séquence du calendrier doit être supérieure ou égale à zéro.</translation>
    </message>
    <message>
        <source>A meeting with the identifier {uid} exists already.</source>
        <translation>Une réunion d’identifiant {uid} existe déjà.</translation>
    </message>
    <message>
        <source>The series must end on or after its first date.</source>
        <translation>La série doit finir à sa première date ou après.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>A series can span at most three years.</source>
        <translation>Une série peut s’étendre sur trois ans au plus.</translation>
    </message>
    <message>
        <source>The series has no dates left; tick at least one.</source>
        <translation>Il ne reste aucune date dans la série ; cochez-en au moins une.</translation>
    </message>
    <message>
        <source>{file} is larger than 20 MB: not a template.</source>
        <extracomment>A letterhead template is a few hundred kilobytes; this is generous. The .docx template&apos;s bytes, or None for the built-in styles. What a template may hold once unpacked; a letterhead is far smaller (a zip bomb is not).</extracomment>
        <translation>{file} dépasse 20 Mo : ce n’est pas un modèle.</translation>
    </message>
    <message>
        <source>{file} is not a Word document (.docx). Save the letterhead from Word as .docx or .dotx and choose that file.</source>
        <translation>{file} n’est pas un document Word (.docx). Enregistrez l’en-tête depuis Word en .docx ou .dotx et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read. Open it in Word, save it again as .docx, and choose the saved copy.</source>
        <translation>{file} est endommagé : une partie ne peut pas être lue. Ouvrez-le dans Word, enregistrez-le de nouveau au format .docx et choisissez la copie enregistrée.</translation>
    </message>
    <message>
        <source>Describe the working group first.</source>
        <extracomment>No one has been marked present yet: attendance was not taken. The group&apos;s rule is that no quorum is needed.</extracomment>
        <translation>Décrivez d’abord le groupe de travail.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter, not “{size}”.</source>
        <translation>Choisissez A4 ou Lettre, et non « {size} ».</translation>
    </message>
    <message>
        <source>Give the number of member states a meeting needs for its quorum.</source>
        <translation>Indiquez le nombre d’États membres dont une réunion a besoin pour atteindre le quorum.</translation>
    </message>
    <message>
        <source>The quorum ({quorum}) cannot be more than the member states of the parent body ({total}).</source>
        <translation>Le quorum ({quorum}) ne peut pas dépasser le nombre d’États membres de l’organe principal ({total}).</translation>
    </message>
    <message>
        <source>The meeting has no quorum (1 member state present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>La réunion n’a pas le quorum (1 État membre présent, quorum {required} : non). Enregistrer quand même ce résultat ? Il sera signalé comme enregistré sans quorum.</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({present} member states present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>La réunion n’a pas le quorum ({present} États membres présents, quorum {required} : non). Enregistrer quand même ce résultat ? Il sera signalé comme enregistré sans quorum.</translation>
    </message>
    <message>
        <source>“{kind}” has no title in four languages.</source>
        <extracomment>What has a title in four languages: the model, its field and the longest text allowed. The row&apos;s version counter when read: saving against a newer row is refused. Other texts of the row held in the four languages, edited with the title (a mandate&apos;s resolution title and area responsible): field, then language code.</extracomment>
        <translation>« {kind} » n’a pas de titre en quatre langues.</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it; close the editor and open it again to see the latest version.</source>
        <translation>Quelqu’un l’a modifié dans une autre fenêtre depuis que vous l’avez ouvert ; fermez l’éditeur et rouvrez-le pour voir la dernière version.</translation>
    </message>
    <message>
        <source>The original language needs its version: fill it in or choose another.</source>
        <translation>La langue originale a besoin de sa version : remplissez-la ou choisissez une autre langue.</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone. Pick one such as America/New_York or America/Port_of_Spain.</source>
        <translation>« {name} » n’est pas un fuseau horaire connu. Choisissez-en un comme America/New_York ou America/Port_of_Spain.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>« {address} » n’est pas une adresse électronique valable.</translation>
    </message>
    <message>
        <source>Cannot change {fields}.</source>
        <translation>Impossible de modifier {fields}.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <extracomment>The group&apos;s texts the papers print in their own language, and the longest each may be. Their versions: ``name_es``, ``parent_body_fr`` ... (&quot;&quot; or absent: none in that language).</extracomment>
        <translation>La réunion ministérielle ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>A working group has one chair.</source>
        <translation>Un groupe de travail n’a qu’une seule présidence.</translation>
    </message>
    <message>
        <source>The target workspace is not empty; copy only into an empty database or a new file. Nothing was copied.</source>
        <extracomment>Called with (table name, rows copied so far) as the copy goes.</extracomment>
        <translation>L’espace de travail de destination n’est pas vide ; copiez seulement dans une base de données vide ou un nouveau fichier. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>The copy did not verify: row counts differ. Nothing was copied.</source>
        <translation>La copie n’a pas pu être vérifiée : les nombres de lignes diffèrent. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>The copy did not verify: a revision file differs. Nothing was copied.</source>
        <translation>La copie n’a pas pu être vérifiée : un fichier de révision diffère. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>La source et la destination sont la même base de données.</translation>
    </message>
    <message>
        <source>{file} exists already. Choose a new file name; nothing was copied.</source>
        <translation>{file} existe déjà. Choisissez un nouveau nom de fichier ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The source and the target are the same file.</source>
        <translation>La source et la destination sont le même fichier.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a pipe, socket or device), so it cannot be a workspace. Choose a .chairdesk file.</source>
        <extracomment>Tables every Chairdesk workspace has had since the first revision. Problems quick_check lists before it stops (SQLite&apos;s default is 100).</extracomment>
        <translation>{file} n’est pas un fichier ordinaire (c’est un tube, un socket ou un périphérique) : ce ne peut donc pas être un espace de travail. Choisissez un fichier .chairdesk.</translation>
    </message>
    <message>
        <source>{file} is read-only, so Chairdesk cannot save changes to it. Save a copy somewhere you can write (or change the file&apos;s permissions) and open that.</source>
        <translation>{file} est en lecture seule : Chairdesk ne peut donc pas y enregistrer de modifications. Enregistrez une copie à un endroit où vous pouvez écrire (ou modifiez les droits du fichier) et ouvrez-la.</translation>
    </message>
    <message>
        <source>The folder of {file} ({folder}) is read-only: SQLite keeps its journal beside the workspace, so Chairdesk cannot save changes there. Copy the file to a folder you can write to and open that copy.</source>
        <translation>Le dossier de {file} ({folder}) est en lecture seule : SQLite conserve son journal à côté de l’espace de travail, Chairdesk ne peut donc pas y enregistrer de modifications. Copiez le fichier dans un dossier où vous pouvez écrire et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>{file} was left half-written by a crash and SQLite could not recover it ({reason}). A copy of the file and its journal was kept as {backup}; open a backup copy instead.</source>
        <translation>{file} est resté à moitié écrit après un plantage et SQLite n’a pas pu le récupérer ({reason}). Une copie du fichier et de son journal a été conservée sous le nom {backup} ; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database of another program (it records a schema revision “{revision}” but has none of Chairdesk&apos;s tables). Choose a .chairdesk file, or create a new workspace; the file was left as it is.</source>
        <translation>{file} est une base de données SQLite d’un autre logiciel (elle indique une révision de schéma « {revision} » mais n’a aucune des tables de Chairdesk). Choisissez un fichier .chairdesk ou créez un nouvel espace de travail ; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>{file} is damaged: tables of a workspace are missing ({tables}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} est endommagé : des tables d’un espace de travail manquent ({tables}). Ouvrez plutôt une copie de sauvegarde ; ce fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>{file} is the workspace itself ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <extracomment>A rollback journal&apos;s header, and a write-ahead log&apos;s (two byte orders).</extracomment>
        <translation>{file} est l’espace de travail lui-même ({workspace}) : une exportation ou une copie ne peut pas le remplacer sans détruire l’espace de travail. Choisissez un autre nom de fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is the workspace&apos;s {suffix} file ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <translation>{file} est le fichier {suffix} de l’espace de travail ({workspace}) : une exportation ou une copie ne peut pas le remplacer sans détruire l’espace de travail. Choisissez un autre nom de fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is a workspace (an SQLite database) or one of its journal files; an export or copy never replaces one. Choose another file name; nothing was written.</source>
        <translation>{file} est un espace de travail (une base de données SQLite) ou l’un de ses fichiers journaux ; une exportation ou une copie ne les remplace jamais. Choisissez un autre nom de fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a .chairdesk file.</source>
        <translation>{file} est un dossier. Choisissez un fichier .chairdesk.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}). Check its permissions.</source>
        <translation>Impossible de lire {file} ({reason}). Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>{file} is not a Chairdesk workspace (it is not an SQLite file). Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} n’est pas un espace de travail Chairdesk (ce n’est pas un fichier SQLite). Choisissez un fichier .chairdesk ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not a Chairdesk workspace. Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} est une base de données SQLite mais pas un espace de travail Chairdesk. Choisissez un fichier .chairdesk ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} est endommagé et illisible ({reason}). Ouvrez plutôt une copie de sauvegarde ; ce fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>{address} is not a server address. Write it as postgresql://USER@HOST/DATABASE.</source>
        <extracomment>How long a write waits for a row another person&apos;s transaction holds, in milliseconds. A folder holding the server&apos;s UNIX socket (a local server), instead of host/port.</extracomment>
        <translation>{address} n’est pas une adresse de serveur. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <source>sslmode={mode} is not a TLS mode PostgreSQL knows. Use one of: {modes}.</source>
        <translation>sslmode={mode} n’est pas un mode TLS connu de PostgreSQL. Utilisez l’un des suivants : {modes}.</translation>
    </message>
    <message>
        <source>{address} names no database. Write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{address} n’indique aucune base de données. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <source>The server workspace {address} cannot be reached ({reason}). Check the address, your password in the keyring and the network, then try again.</source>
        <translation>L’espace de travail du serveur {address} est injoignable ({reason}). Vérifiez l’adresse, votre mot de passe dans le trousseau et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {database} holds tables but no Chairdesk workspace. Choose an empty database for a new team workspace.</source>
        <translation>La base de données {database} contient des tables mais aucun espace de travail Chairdesk. Choisissez une base de données vide pour un nouvel espace de travail partagé.</translation>
    </message>
    <message>
        <source>{file} does not exist. Check the name, or create a new workspace.</source>
        <extracomment>Tells this program&apos;s own change notices from other people&apos;s.</extracomment>
        <translation>{file} n’existe pas. Vérifiez le nom ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The database {database} holds no workspace yet. Open it from the window, or copy a workspace into it with chairdesk copy.</source>
        <translation>La base de données {database} ne contient encore aucun espace de travail. Ouvrez-la depuis la fenêtre, ou copiez-y un espace de travail avec chairdesk copy.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema unrecorded). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} a été enregistré par une version plus récente de Chairdesk (schéma non indiqué). Installez la dernière version de Chairdesk pour l’ouvrir ; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema {revision}). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} a été enregistré par une version plus récente de Chairdesk (schéma {revision}). Installez la dernière version de Chairdesk pour l’ouvrir ; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>time zone</source>
        <extracomment>What an update of each field changes, in words (several fields, one word: &quot;time&quot;).</extracomment>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>would create {created}, would update {updated}, would leave unchanged {unchanged}, would refuse {refused}</source>
        <extracomment>When the event is: a Message the window writes its way, or the file&apos;s own words. ``detail`` as a message the window translates (None: show ``detail`` as it is). Events refused only because they repeat and no expansion range was given.</extracomment>
        <translation>{created} seraient créées, {updated} mises à jour, {unchanged} laissées telles quelles, {refused} refusées</translation>
    </message>
    <message>
        <source>created {created}, updated {updated}, left unchanged {unchanged}, refused {refused}</source>
        <translation>{created} créées, {updated} mises à jour, {unchanged} laissées telles quelles, {refused} refusées</translation>
    </message>
    <message>
        <source>it appears twice in the file.</source>
        <translation>il figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>{first} to {last} (all day)</source>
        <translation>du {first} au {last} (toute la journée)</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (toute la journée)</translation>
    </message>
    <message>
        <source>{start} to {end} {zone}</source>
        <translation>de {start} à {end} {zone}</translation>
    </message>
    <message>
        <source>it runs past midnight; a meeting with times starts and ends on the same day. Split it into one event per day, or make it an all-day event, in your calendar and import it again.</source>
        <translation>il dépasse minuit ; une réunion avec des heures commence et finit le même jour. Scindez-le en un événement par jour, ou faites-en un événement d’une journée entière, dans votre calendrier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{start}–{end} {zone}</source>
        <translation>{start}–{end} {zone}</translation>
    </message>
    <message>
        <source>with {count} agenda item(s)</source>
        <translation>avec {count} point(s) de l’ordre du jour</translation>
    </message>
    <message>
        <source>its calendar SEQUENCE {sequence} was recorded</source>
        <translation>sa SEQUENCE de calendrier {sequence} a été enregistrée</translation>
    </message>
    <message>
        <source>the workspace holds a newer version of this meeting (SEQUENCE {kept}, the file has {given}); it was left as it is.</source>
        <translation>l’espace de travail contient une version plus récente de cette réunion (SEQUENCE {kept}, le fichier a {given}) ; elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>modifié : {fields}</translation>
    </message>
</context>
<context>
    <name>NameVersions</name>
    <message>
        <source>In other languages…</source>
        <extracomment>The longest name and parent body the service takes.</extracomment>
        <translation>Dans les autres langues…</translation>
    </message>
    <message>
        <source>The name and parent body as papers in Spanish, French, Portuguese or English print them in their header</source>
        <translation>Le nom et l’organe de tutelle tels que les documents en espagnol, français, portugais ou anglais les impriment dans leur en-tête</translation>
    </message>
    <message>
        <source>The language the name and parent body above are written in</source>
        <translation>La langue dans laquelle sont rédigés le nom et l’organe de tutelle ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Langue d’origine :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Organe de tutelle</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language} :</translation>
    </message>
    <message>
        <source>Not yet in: {languages}</source>
        <translation>Sans version en : {languages}</translation>
    </message>
</context>
<context>
    <name>OfficersSection</name>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Président :</translation>
    </message>
    <message>
        <source>e.g. Colonel Mitchell</source>
        <translation>p. ex. colonel Mitchell</translation>
    </message>
    <message>
        <source>Chair &amp;represents:</source>
        <translation>Le président &amp;représente :</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative of Trinidad and Tobago to the OAS</source>
        <translation>p. ex. Représentant suppléant de Trinité-et-Tobago près l’OEA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>&amp;Add Vice Chair</source>
        <translation>&amp;Ajouter un vice-président</translation>
    </message>
    <message>
        <source>Re&amp;move Vice Chair</source>
        <translation>&amp;Retirer le vice-président</translation>
    </message>
    <message>
        <source>Vice chairs:</source>
        <translation>Vice-présidents :</translation>
    </message>
    <message>
        <source>Chair and vice chairs</source>
        <extracomment>Election dates are kept as they were: the dialog does not edit them.</extracomment>
        <translation>Président et vice-présidents</translation>
    </message>
    <message>
        <source>Give the chair&apos;s name, or clear whom the chair represents.</source>
        <translation>Indiquez le nom du président, ou effacez qui il représente.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>The lowest date the field accepts stands for &quot;no date&quot; (shown as specialValueText).</extracomment>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Press Delete for no date.</source>
        <translation>Appuyez sur Suppr pour n’indiquer aucune date.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Consigner l’issue</translation>
    </message>
    <message>
        <source>Pending: choose what the meeting did</source>
        <translation>En attente : choisissez ce qu’a fait la réunion</translation>
    </message>
    <message>
        <source>e.g. The Working Group approved the draft work plan with the changes proposed.</source>
        <translation>p. ex. Le Groupe de travail a approuvé le projet de plan de travail avec les modifications proposées.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>ORGANIZATION OF AMERICAN STATES</source>
        <translation>ORGANISATION DES ÉTATS AMÉRICAINS</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <source>(original in %1)</source>
        <translation>(original en %1)</translation>
    </message>
    <message>
        <source>Draft agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Annotated draft agenda</source>
        <translation>Ordre du jour annoté</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendrier des activités et des réunions</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Résumé de la réunion</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Secteur responsable</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>No items have been placed on the agenda yet.</source>
        <translation>Aucun point n’a encore été inscrit à l’ordre du jour.</translation>
    </message>
    <message>
        <source>No meetings are scheduled in this period.</source>
        <translation>Aucune réunion n’est prévue pendant cette période.</translation>
    </message>
    <message>
        <source>The work plan holds no mandates yet.</source>
        <translation>Le plan de travail ne contient encore aucun mandat.</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Cette liste est vide.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Délégation ou organisation</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>Permanent Observers</source>
        <translation>Observateurs permanents</translation>
    </message>
    <message>
        <source>International Organizations</source>
        <translation>Organisations internationales</translation>
    </message>
    <message>
        <source>Civil Society Organizations</source>
        <translation>Organisations de la société civile</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secrétariat général</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
</context>
<context>
    <name>PapersSection</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>S&amp;eries line of the header:</source>
        <translation>Ligne de la &amp;série de l’en-tête :</translation>
    </message>
    <message>
        <source>e.g. OEA/Ser.G</source>
        <translation>p. ex. OEA/Ser.G</translation>
    </message>
    <message>
        <source>&amp;Choose a Word template…</source>
        <translation>&amp;Choisir un modèle Word…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in styles</source>
        <translation>Utiliser les styles &amp;intégrés</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Modèle Word :</translation>
    </message>
    <message>
        <source>A .docx saved from Word with the secretariat&apos;s letterhead and styles: the Word papers are written on it and take its styles. The PDF papers keep the built-in layout.</source>
        <translation>Un .docx enregistré depuis Word avec l’en-tête et les styles du secrétariat : les documents Word sont rédigés sur ce modèle et en prennent les styles. Les documents PDF gardent la mise en page intégrée.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Mise en page des documents</translation>
    </message>
    <message>
        <source>None: the papers use the built-in styles.</source>
        <translation>Aucun : les documents utilisent les styles intégrés.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} Ko)</translation>
    </message>
    <message>
        <source>{name} is not a Word template. Choose a file saved from Word as .docx or .dotx.</source>
        <translation>{name} n’est pas un modèle Word. Choisissez un fichier enregistré depuis Word en .docx ou .dotx.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: a letterhead template is far smaller. Choose another file.</source>
        <translation>{name} dépasse 20 Mo : un modèle à en-tête est bien plus petit. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>Choose the Word template of the papers</source>
        <translation>Choisir le modèle Word des documents</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Impossible d’utiliser ce modèle</translation>
    </message>
    <message>
        <source>The papers keep the template they had.</source>
        <translation>Les documents gardent le modèle qu’ils avaient.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for {workspace}</source>
        <translation>Mot de passe de {workspace}</translation>
    </message>
    <message>
        <source>The server of the team workspace {workspace} asks for the password of {user}.</source>
        <translation>Le serveur de l’espace de travail partagé {workspace} demande le mot de passe de {user}.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Type it again.</source>
        <translation>Le serveur n’a pas accepté ce mot de passe. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <source>Default &amp;room:</source>
        <translation>&amp;Salle habituelle :</translation>
    </message>
    <message>
        <source>e.g. Padilha Vidal Room</source>
        <translation>p. ex. Salle Padilha Vidal</translation>
    </message>
    <message>
        <source>Default &amp;venue:</source>
        <translation>&amp;Lieu habituel :</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ex. Siège de l’OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation>&amp;Fuseau horaire habituel :</translation>
    </message>
    <message>
        <source>Where it meets</source>
        <translation>Lieu des réunions</translation>
    </message>
    <message>
        <source>Choose the time zone the group meets in.</source>
        <translation>Choisissez le fuseau horaire des réunions du groupe.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone meeting</source>
        <translation>Reporter la réunion</translation>
    </message>
    <message>
        <source>Postpone “{title}” of {date}:</source>
        <translation>Reporter « {title} » du {date} :</translation>
    </message>
    <message>
        <source>&amp;Move it to</source>
        <extracomment>Other meetings&apos; dates, each with a title: postponing onto one is said first.</extracomment>
        <translation>La &amp;déplacer au</translation>
    </message>
    <message>
        <source>Mark it &amp;postponed; the new date is not known yet</source>
        <translation>La marquer comme &amp;reportée ; la nouvelle date n’est pas encore connue</translation>
    </message>
    <message>
        <source>&amp;Hold both meetings on that day</source>
        <translation>&amp;Tenir les deux réunions ce jour-là</translation>
    </message>
    <message>
        <source>e.g. The documents are not ready</source>
        <translation>p. ex. les documents ne sont pas prêts</translation>
    </message>
    <message>
        <source>The meeting keeps this reason. The next calendar you export tells delegates of the new date, or that the meeting is postponed.</source>
        <translation>La réunion garde ce motif. Le prochain calendrier exporté indiquera aux délégations la nouvelle date, ou que la réunion est reportée.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Choose a date other than the current one.</source>
        <translation>Choisissez une date différente de l’actuelle.</translation>
    </message>
    <message>
        <source>“{title}” is already on {date}. Choose another date, or tick that both meetings are held that day.</source>
        <translation>« {title} » a déjà lieu le {date}. Choisissez une autre date, ou cochez que les deux réunions se tiennent ce jour-là.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Menus, dialogs, dates and numbers are shown in this language, and so are titles that have a version in it; a title that has none is shown in its original language, marked as such. Changing the language reopens the window on the same workspace; the undo history starts again.</source>
        <translation>Les menus, les boîtes de dialogue, les dates et les nombres s’affichent dans cette langue, de même que les titres qui y ont une version ; un titre qui n’en a pas s’affiche dans sa langue originale, signalé comme tel. Changer de langue rouvre la fenêtre sur le même espace de travail ; l’historique des annulations repart de zéro.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start</source>
        <translation>&amp;Rouvrir le dernier espace de travail au démarrage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field} : « {old} » → « {new} »</translation>
    </message>
</context>
<context>
    <name>QuorumRuleDialog</name>
    <message>
        <source>Quorum rule</source>
        <translation>Règle de quorum</translation>
    </message>
    <message>
        <source>A majority of the parent body&apos;s member states</source>
        <translation>La majorité des États membres de l’organe principal</translation>
    </message>
    <message>
        <source>A fixed number of member states</source>
        <translation>Un nombre fixe d’États membres</translation>
    </message>
    <message>
        <source>No quorum required</source>
        <translation>Aucun quorum requis</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <source>&amp;Member states of the parent body:</source>
        <translation>États &amp;membres de l’organe principal :</translation>
    </message>
    <message>
        <source>&amp;Fixed number:</source>
        <translation>Nombre &amp;fixe :</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record decision…</source>
        <translation>Consigner la décision…</translation>
    </message>
    <message>
        <source>The outcome and the decision text of the selected item</source>
        <translation>Le résultat et le texte de la décision du point sélectionné</translation>
    </message>
    <message>
        <source>Request new revision…</source>
        <translation>Demander une nouvelle révision…</translation>
    </message>
    <message>
        <source>Record that the item asked for a new revision of a document it considers</source>
        <translation>Consigner que le point a demandé une nouvelle révision d’un document examiné</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>A follow-up action agreed at this meeting</source>
        <translation>Une action de suivi convenue à cette réunion</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Modifier l’action…</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Quorum rule…</source>
        <translation>Règle de quorum…</translation>
    </message>
    <message>
        <source>How many member states a meeting needs for its quorum</source>
        <translation>Combien d’États membres une réunion requiert pour son quorum</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Mark {names} present</source>
        <translation>Marquer présent : {names}</translation>
    </message>
    <message>
        <source>Mark {names} absent</source>
        <translation>Marquer absent : {names}</translation>
    </message>
    <message>
        <source>Change the attendance of {name}</source>
        <translation>Modifier la présence de {name}</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>La réunion n’a pas de quorum ({line}).

Consigner ce résultat malgré tout ? Il sera marqué « consigné sans quorum ».</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <source>Not recorded: the meeting has no quorum.</source>
        <translation>Non enregistré : la réunion n’a pas de quorum.</translation>
    </message>
    <message>
        <source>{number}. {resolution}: {text}</source>
        <translation>{number}. {resolution} : {text}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>The summary already says what the record says.</source>
        <translation>Le résumé dit déjà ce que dit le procès-verbal.</translation>
    </message>
    <message>
        <source>Yours: {yours}
The record now: {record}</source>
        <translation>Le vôtre : {yours}
Le procès-verbal maintenant : {record}</translation>
    </message>
    <message>
        <source>(no longer in the record)</source>
        <translation>(ne figure plus au procès-verbal)</translation>
    </message>
    <message>
        <source>Regenerate the summary</source>
        <translation>Régénérer le résumé</translation>
    </message>
    <message numerus="yes">
        <source>You edited %n paragraph(s) that the record has changed since. Keep your text, or replace it with what the record now says?</source>
        <translation>
            <numerusform>Vous avez modifié %n paragraphe que le compte rendu a changé depuis. Garder votre texte, ou le remplacer par ce que dit maintenant le compte rendu ?</numerusform>
            <numerusform>Vous avez modifié %n paragraphes que le compte rendu a changés depuis. Garder votre texte, ou le remplacer par ce que dit maintenant le compte rendu ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Use the record&apos;s text</source>
        <translation>Utiliser le texte du procès-verbal</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>Follow-up a&amp;ctions</source>
        <translation>A&amp;ctions de suivi</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Add revision of {symbol}</source>
        <extracomment>OAS file names end with the language letter after the number: CP12345S.doc.</extracomment>
        <translation>Ajouter une révision de {symbol}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Additif :</translation>
    </message>
    <message>
        <source>Corrigendum:</source>
        <translation>Rectificatif :</translation>
    </message>
    <message>
        <source>e.g. Revised after the meeting of 22 September, with the comments of delegations.</source>
        <translation>p. ex. Révisé après la réunion du 22 septembre, avec les observations des délégations.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;No file yet: save the revision without files</source>
        <translation>&amp;Pas encore de fichier : enregistrer la révision sans fichier</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision :</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Cote :</translation>
    </message>
    <message>
        <source>&amp;Circulated on:</source>
        <translation>&amp;Distribué le :</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Modifications :</translation>
    </message>
    <message>
        <source>Files, one per language:</source>
        <translation>Fichiers, un par langue :</translation>
    </message>
    <message>
        <source>Choose the revised files</source>
        <translation>Choisir les fichiers révisés</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Add the revised files, or tick “No file yet”.</source>
        <translation>Ajoutez les fichiers révisés, ou cochez « Pas encore de fichier ».</translation>
    </message>
    <message>
        <source>{first} and {second} are both marked {language}: keep one file per language.</source>
        <translation>{first} et {second} sont tous deux marqués en {language} : gardez un seul fichier par langue.</translation>
    </message>
</context>
<context>
    <name>RevisionRequestDialog</name>
    <message>
        <source>Request a new revision</source>
        <translation>Demander une nouvelle révision</translation>
    </message>
    <message>
        <source>rev. </source>
        <translation>rév. </translation>
    </message>
    <message>
        <source>e.g. The Secretariat will circulate it before the next meeting.</source>
        <translation>p. ex. Le Secrétariat la distribuera avant la prochaine réunion.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>Ré&amp;vision :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>This item considers no document; link one on the Agenda page first.</source>
        <translation>Ce point n’examine aucun document ; liez-en d’abord un dans la page Ordre du jour.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Symbol / file</source>
        <extracomment>The revision&apos;s id on a revision row, the file&apos;s id on a file row. True on a file row. internalId of a top-level (revision) index; a file index holds its revision&apos;s row + 1.</extracomment>
        <translation>Cote / fichier</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Considered at</source>
        <translation>Examiné à</translation>
    </message>
    <message>
        <source>{date}, item {position}</source>
        <translation>{date}, point {position}</translation>
    </message>
    <message>
        <source>not circulated</source>
        <translation>non distribué</translation>
    </message>
    <message>
        <source>{name}
{media_type}, {size} bytes
SHA-256 {sha256}</source>
        <translation>{name}
{media_type}, {size} octets
SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>SaveWorkingGroup</name>
    <message>
        <source>Change the working group</source>
        <translation>Modifier le groupe de travail</translation>
    </message>
</context>
<context>
    <name>SendInvitationsDialog</name>
    <message>
        <source>Send Invitations</source>
        <translation>Envoyer les invitations</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>{name} ({count} entries)</source>
        <translation>{name} ({count} entrées)</translation>
    </message>
    <message>
        <source>&amp;Invites the lists:</source>
        <translation>&amp;Invite les listes :</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Write .eml &amp;files to open and send from Outlook:</source>
        <translation>Écrire des &amp;fichiers .eml à ouvrir et envoyer depuis Outlook :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>One message per &amp;delegation (all its addresses) instead of one per address</source>
        <translation>Un message par &amp;délégation (toutes ses adresses) au lieu d’un par adresse</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>From: {name} &lt;{email}&gt; (replies go there)</source>
        <translation>De : {name} &lt;{email}&gt; (les réponses y arrivent)</translation>
    </message>
    <message>
        <source>Enter the secretariat&apos;s e-mail address (the organizer) in Settings first.</source>
        <translation>Saisissez d’abord dans Paramètres l’adresse électronique du secrétariat (l’organisateur).</translation>
    </message>
    <message>
        <source>Send through the mail server {host}:{port}</source>
        <translation>Envoyer par le serveur de messagerie {host}:{port}</translation>
    </message>
    <message>
        <source>Send through your mail server (set it in Settings)</source>
        <translation>Envoyer par votre serveur de messagerie (à définir dans Paramètres)</translation>
    </message>
    <message>
        <source>There are no meetings to invite to.</source>
        <translation>Il n’y a aucune réunion à laquelle inviter.</translation>
    </message>
    <message>
        <source>{count} address(es) on the chosen lists; {missing} invitee(s) without an e-mail address get no invitation.</source>
        <translation>{count} adresse(s) dans les listes choisies ; {missing} invité(s) sans adresse électronique ne reçoivent pas d’invitation.</translation>
    </message>
    <message>
        <source>Cannot change the invited lists</source>
        <translation>Impossible de modifier les listes invitées</translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Dossier des fichiers .eml</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose an existing folder for the .eml files.</source>
        <translation>Choisissez un dossier existant pour les fichiers .eml.</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>Impossible de lire le mot de passe</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Mot de passe de {user} sur {host} :</translation>
    </message>
    <message>
        <source>Sending invitations…</source>
        <translation>Envoi des invitations…</translation>
    </message>
    <message>
        <source>Cannot send the invitations</source>
        <translation>Impossible d’envoyer les invitations</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meetings</source>
        <translation>Nouvelle série de réunions</translation>
    </message>
    <message>
        <source>Each meeting&apos;s title: {number} becomes its number, {date} its date and {group} the working group&apos;s acronym.</source>
        <translation>Le titre de chaque réunion : {number} devient son numéro, {date} sa date et {group} le sigle du groupe de travail.</translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation>&amp;Titres :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Dates (untick any to skip):</source>
        <translation>&amp;Dates (décochez celles à omettre) :</translation>
    </message>
    <message>
        <source>The meetings must end after they start.</source>
        <translation>Les réunions doivent finir après avoir commencé.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Choisissez un fuseau horaire dans la liste : tapez une partie de son nom, p. ex. « York ».</translation>
    </message>
    <message>
        <source>No dates are ticked: tick at least one.</source>
        <translation>Aucune date n’est cochée : cochez-en au moins une.</translation>
    </message>
    <message>
        <source>{count} of {total} dates ticked</source>
        <translation>{count} date(s) cochée(s) sur {total}</translation>
    </message>
    <message>
        <source>Create 1 meeting</source>
        <translation>Créer 1 réunion</translation>
    </message>
    <message>
        <source>Create {count} meetings</source>
        <translation>Créer {count} réunions</translation>
    </message>
    <message>
        <source>The titles can use {number}, {date} and {group}, each in braces; remove any other braces.</source>
        <translation>Les titres peuvent utiliser {number}, {date} et {group}, chacun entre accolades ; retirez toute autre accolade.</translation>
    </message>
</context>
<context>
    <name>SheetChoiceDialog</name>
    <message>
        <source>Export workbook</source>
        <extracomment>Invitees not in the file that the preview names one by one; more are counted.</extracomment>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <source>Invitee lists (one sheet per list)</source>
        <translation>Listes d’invités (une feuille par liste)</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Calendrier des réunions</translation>
    </message>
    <message>
        <source>Agenda items of every meeting</source>
        <translation>Points de l’ordre du jour de chaque réunion</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Registre des documents</translation>
    </message>
    <message>
        <source>Mandates of the work plan</source>
        <translation>Mandats du plan de travail</translation>
    </message>
    <message>
        <source>Which sheets go into the workbook?</source>
        <translation>Quelles feuilles inclure dans le classeur ?</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Keep your text of the summary with the meeting</source>
        <translation>Enregistrer votre texte du résumé avec la réunion</translation>
    </message>
    <message>
        <source>Regenerate from the record</source>
        <translation>Régénérer d’après le procès-verbal</translation>
    </message>
    <message>
        <source>Bring the summary up to date with the record; your own paragraphs are kept</source>
        <translation>Mettre le résumé à jour d’après le procès-verbal ; vos propres paragraphes sont conservés</translation>
    </message>
    <message>
        <source>Edited: not saved yet.</source>
        <translation>Modifié : pas encore enregistré.</translation>
    </message>
    <message>
        <source>Generated from the record; not saved with the meeting yet.</source>
        <translation>Généré d’après le procès-verbal ; pas encore enregistré avec la réunion.</translation>
    </message>
    <message>
        <source>Saved with the meeting; last generated from the record on {date}.</source>
        <translation>Enregistré avec la réunion ; généré pour la dernière fois d’après le procès-verbal le {date}.</translation>
    </message>
    <message>
        <source>Saved with the meeting.</source>
        <translation>Enregistré avec la réunion.</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Ouvrir un espace de travail partagé</translation>
    </message>
    <message>
        <source>A workspace the secretariat shares on a PostgreSQL server. Ask your IT department for these details; an empty database becomes a new workspace.</source>
        <translation>Un espace de travail que le secrétariat partage sur un serveur PostgreSQL. Demandez ces informations à votre service informatique ; une base de données vide devient un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>leave empty to use the saved one</source>
        <translation>laissez vide pour utiliser celui enregistré</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Conserver le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>Chiffrement (sslmode) :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
</context>
<context>
    <name>TimezonePicker</name>
    <message>
        <source>Type part of a city or region</source>
        <extracomment>The chosen zone, or &quot;&quot; while the typed text is not a zone.</extracomment>
        <translation>Tapez une partie du nom d’une ville ou d’une région</translation>
    </message>
    <message>
        <source>Time zone in which the date and times are given</source>
        <translation>Fuseau horaire dans lequel sont données la date et les heures</translation>
    </message>
</context>
<context>
    <name>TitleMarks</name>
    <message>
        <source>⟨{code}⟩ {title}</source>
        <extracomment>The roles a marked title answers differently from its model.</extracomment>
        <translation>⟨{code}⟩ {title}</translation>
    </message>
    <message>
        <source>Original ({code}): there is no version in this language yet. Add one with Titles in Four Languages.</source>
        <translation>Original ({code}) : il n’y a pas encore de version dans cette langue. Ajoutez-la avec Titres dans les quatre langues.</translation>
    </message>
</context>
<context>
    <name>TitleVersionsDialog</name>
    <message>
        <source>Titles in Four Languages</source>
        <translation>Titres dans les quatre langues</translation>
    </message>
    <message>
        <source>The same title in each official language. Mark the language it was written in as the original; leave a box empty where there is no version yet.</source>
        <translation>Le même titre dans chaque langue officielle. Marquez comme originale la langue dans laquelle il a été rédigé ; laissez vide la case d’une langue qui n’a pas encore de version.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>No version yet</source>
        <translation>Pas encore de version</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Titre de la résolution</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <source>Write the title in its original language, or mark another original.</source>
        <translation>Écrivez le titre dans sa langue originale, ou marquez une autre langue comme originale.</translation>
    </message>
    <message>
        <source>Titles in Four &amp;Languages…</source>
        <translation>Titres dans les quatre &amp;langues…</translation>
    </message>
    <message>
        <source>See and edit the title in English, Spanish, French and Portuguese side by side</source>
        <translation>Voir et modifier le titre en anglais, espagnol, français et portugais côte à côte</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Chairdesk</source>
        <translation>Bienvenue dans Chairdesk</translation>
    </message>
    <message>
        <source>Chairdesk keeps its default workspace in {path}</source>
        <translation>Chairdesk conserve son espace de travail par défaut dans {path}</translation>
    </message>
    <message>
        <source>Start in this workspace</source>
        <translation>Commencer dans cet espace de travail</translation>
    </message>
    <message>
        <source>Plan the first meeting in the calendar.</source>
        <translation>Prévoyez la première réunion dans le calendrier.</translation>
    </message>
    <message>
        <source>Describe the working group…</source>
        <translation>Décrire le groupe de travail…</translation>
    </message>
    <message>
        <source>Its name and acronym (used in calendar titles), its chair and vice chairs, and the room, venue and time zone new meetings start with.</source>
        <translation>Son nom et son sigle (utilisés dans les titres du calendrier), son président et ses vice-présidents, et la salle, le lieu et le fuseau horaire des nouvelles réunions.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Créer un nouvel espace de travail…</translation>
    </message>
    <message>
        <source>A new file for one working group&apos;s preparation.</source>
        <translation>Un nouveau fichier pour les travaux préparatoires d’un groupe de travail.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>A .chairdesk file saved on this computer or sent to you.</source>
        <translation>Un fichier .chairdesk enregistré sur cet ordinateur ou qui vous a été envoyé.</translation>
    </message>
    <message>
        <source>Open the MISPA III example</source>
        <translation>Ouvrir l’exemple de la MISPA III</translation>
    </message>
    <message>
        <source>The preparation of the Third Meeting of Ministers of Public Security of the Americas: meetings, agendas, documents, invitees and mandates.</source>
        <translation>La préparation de la Troisième Réunion des ministres en matière de sécurité publique des Amériques : réunions, ordres du jour, documents, invités et mandats.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one, open one, or look at the example.</source>
        <translation>Aucun espace de travail n’est ouvert. Créez-en un, ouvrez-en un ou consultez l’exemple.</translation>
    </message>
    <message>
        <source>“{name}” is empty: it holds no working group and no meetings yet.</source>
        <translation>« {name} » est vide : il ne contient encore ni groupe de travail ni réunions.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>&amp;Add mandate…</source>
        <extracomment>The meetings, decisions and open actions of the selected mandate.</extracomment>
        <translation>&amp;Ajouter un mandat…</translation>
    </message>
    <message>
        <source>Add a mandate to the work plan</source>
        <translation>Ajouter un mandat au plan de travail</translation>
    </message>
    <message>
        <source>&amp;Delete mandate</source>
        <translation>&amp;Supprimer le mandat</translation>
    </message>
    <message>
        <source>Delete the selected mandate</source>
        <translation>Supprimer le mandat sélectionné</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Se&amp;cteur :</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it; Enter saves, Esc cancels. Shift+Enter starts a new line in text.</source>
        <translation>Double-cliquez sur une cellule ou appuyez sur F2 pour la modifier ; Entrée enregistre, Échap annule. Maj+Entrée commence une nouvelle ligne dans un texte.</translation>
    </message>
    <message>
        <source>{shown} of {total} mandates</source>
        <translation>{shown} sur {total} mandats</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Supprimer le mandat</translation>
    </message>
    <message>
        <source>Delete this mandate of {resolution}?

{text}</source>
        <translation>Supprimer ce mandat de {resolution} ?

{text}</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>The preview dialog is open (it is ``self.preview``). The import was written (the plan applied) or ended without writing (None).</extracomment>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>Impossible d’importer le classeur</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importation annulée ; l’espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported {file} into “{list}”: {summary}.</source>
        <translation>{file} importé dans « {list} » : {summary}.</translation>
    </message>
</context>
<context>
    <name>WorkingGroupDialog</name>
    <message>
        <source>Working Group</source>
        <extracomment>The dialog&apos;s tabs, in order. Add a section here to add settings.</extracomment>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Describe the Working Group</source>
        <translation>Décrire le groupe de travail</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>{name} is open.</source>
        <extracomment>Overrides the data folder (QStandardPaths.AppDataLocation), e.g. for a portable install. A workspace is open and ready; the window installs it in the context. Opening ``path`` failed or was cancelled; the previous workspace is still open. The password dialog while it is open (for the window&apos;s tests).</extracomment>
        <translation>{name} est ouvert.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Création de {name}…</translation>
    </message>
    <message>
        <source>Writing the MISPA III example…</source>
        <translation>Écriture de l’exemple de la MISPA III…</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>New working group{suffix}</source>
        <translation>Nouveau groupe de travail{suffix}</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Copie enregistrée sous {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d’une copie…</translation>
    </message>
    <message>
        <source>Please wait: a workspace is opening.</source>
        <translation>Veuillez patienter : un espace de travail est en cours d’ouverture.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{name} is the workspace you have open. Choose another name.</source>
        <translation>{name} est l’espace de travail ouvert. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Chairdesk workspaces (*{suffix});;All files (*)</source>
        <translation>Espaces de travail Chairdesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>WrappedTextDelegate</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line; Esc cancels.</source>
        <translation>Entrée enregistre ; Maj+Entrée commence une nouvelle ligne ; Échap annule.</translation>
    </message>
</context>
<context>
    <name>dialog_parts</name>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Procès-verbal</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Cannot undo “{action}”: someone else changed {what}{named} after it, and undoing would overwrite their change. Nothing was changed.</source>
        <translation>Impossible d’annuler « {action} » : quelqu’un d’autre a modifié {what}{named} depuis, et l’annulation écraserait sa modification. Rien n’a été modifié.</translation>
    </message>
</context>
</TS>
