<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Papers</name>
    <message>
        <source>ORGANIZATION OF AMERICAN STATES</source>
        <translation>ORGANIZACIÓN DE LOS ESTADOS AMERICANOS</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>(original in %1)</source>
        <translation>(original en %1)</translation>
    </message>
    <message>
        <source>Draft agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Annotated draft agenda</source>
        <translation>Orden del día anotado</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendario de actividades y reuniones</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Resumen de la reunión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>No items have been placed on the agenda yet.</source>
        <translation>Todavía no se han incluido temas en el orden del día.</translation>
    </message>
    <message>
        <source>No meetings are scheduled in this period.</source>
        <translation>No hay reuniones programadas en este período.</translation>
    </message>
    <message>
        <source>The work plan holds no mandates yet.</source>
        <translation>El plan de trabajo aún no contiene mandatos.</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Esta lista está vacía.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Delegación u organización</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <source>Permanent Observers</source>
        <translation>Observadores Permanentes</translation>
    </message>
    <message>
        <source>International Organizations</source>
        <translation>Organismos internacionales</translation>
    </message>
    <message>
        <source>Civil Society Organizations</source>
        <translation>Organizaciones de la sociedad civil</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secretaría General</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
</context>
</TS>
