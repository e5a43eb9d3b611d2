<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Papers</name>
    <message>
        <source>ORGANIZATION OF AMERICAN STATES</source>
        <translation>ORGANIZAÇÃO DOS ESTADOS AMERICANOS</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>(original in %1)</source>
        <translation>(original em %1)</translation>
    </message>
    <message>
        <source>Draft agenda</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <source>Annotated draft agenda</source>
        <translation>Ordem do dia anotada</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendário de atividades e reuniões</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Resumo da reunião</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsável</translation>
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
        <translation>Ainda não foram incluídos itens na ordem do dia.</translation>
    </message>
    <message>
        <source>No meetings are scheduled in this period.</source>
        <translation>Não há reuniões programadas neste período.</translation>
    </message>
    <message>
        <source>The work plan holds no mandates yet.</source>
        <translation>O plano de trabalho ainda não contém mandatos.</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Esta lista está vazia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Delegação ou organização</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado membro</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Estados membros</translation>
    </message>
    <message>
        <source>Permanent Observers</source>
        <translation>Observadores permanentes</translation>
    </message>
    <message>
        <source>International Organizations</source>
        <translation>Organizações internacionais</translation>
    </message>
    <message>
        <source>Civil Society Organizations</source>
        <translation>Organizações da sociedade civil</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secretaria-Geral</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
</context>
</TS>
