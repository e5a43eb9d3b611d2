<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</TS>
