"""The e-mail that carries an invitation: text, HTML and the calendar, in the invitee's language.

``multipart/alternative`` with ``text/plain``, ``text/html`` and
``text/calendar; method=REQUEST`` (or CANCEL) last: the form Outlook, Gmail,
Apple Mail and Thunderbird show as an invitation with Accept/Decline buttons.
The calendar part is base64 so that no server re-wraps its lines or trips on
accented titles.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.charset import QP, Charset
from email.encoders import encode_base64
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid

from app.exchange.ics_export import CalendarEntry, agenda_description, summary_of

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}

#: Every sentence of the message in the four official languages, whole, with arguments.
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "REQUEST": "Invitation: {title}",
        "UPDATE": "Updated invitation: {title}",
        "CANCEL": "Cancelled: {title}",
        "greeting": "Dear {name},",
        "invite": "On behalf of the {group}, you are invited to the following meeting.",
        "update": "The following meeting has changed; your calendar will be updated.",
        "cancel": "The following meeting has been cancelled; it will be removed from your "
        "calendar.",
        "when": "When: {when}",
        "where": "Where: {where}",
        "agenda": "Agenda:",
        "reply": "Please answer with your calendar's Accept or Decline buttons, so that the "
        "secretariat's list of participants is up to date.",
        "closing": "Secretariat of the {group}",
    },
    "es": {
        "REQUEST": "Invitación: {title}",
        "UPDATE": "Invitación actualizada: {title}",
        "CANCEL": "Cancelada: {title}",
        "greeting": "Estimado/a {name}:",
        "invite": "En nombre del {group}, se le invita a la siguiente reunión.",
        "update": "La siguiente reunión ha cambiado; su calendario se actualizará.",
        "cancel": "La siguiente reunión ha sido cancelada; se eliminará de su calendario.",
        "when": "Fecha: {when}",
        "where": "Lugar: {where}",
        "agenda": "Orden del día:",
        "reply": "Le rogamos responder con los botones Aceptar o Rechazar de su calendario, "
        "para que la lista de participantes de la secretaría esté al día.",
        "closing": "Secretaría del {group}",
    },
    "fr": {
        "REQUEST": "Invitation : {title}",
        "UPDATE": "Invitation mise à jour : {title}",
        "CANCEL": "Annulée : {title}",
        "greeting": "Madame, Monsieur ({name}),",
        "invite": "Au nom du {group}, vous êtes invité(e) à la réunion suivante.",
        "update": "La réunion suivante a changé ; votre agenda sera mis à jour.",
        "cancel": "La réunion suivante est annulée ; elle sera retirée de votre agenda.",
        "when": "Date : {when}",
        "where": "Lieu : {where}",
        "agenda": "Ordre du jour :",
        "reply": "Veuillez répondre avec les boutons Accepter ou Refuser de votre agenda, afin "
        "que la liste des participants du secrétariat soit à jour.",
        "closing": "Secrétariat du {group}",
    },
    "pt": {
        "REQUEST": "Convite: {title}",
        "UPDATE": "Convite atualizado: {title}",
        "CANCEL": "Cancelada: {title}",
        "greeting": "Prezado(a) {name},",
        "invite": "Em nome do {group}, convidamos V.Sa. para a seguinte reunião.",
        "update": "A seguinte reunião foi alterada; seu calendário será atualizado.",
        "cancel": "A seguinte reunião foi cancelada; ela será removida do seu calendário.",
        "when": "Data: {when}",
        "where": "Local: {where}",
        "agenda": "Agenda:",
        "reply": "Por favor, responda com os botões Aceitar ou Recusar do seu calendário, para "
        "que a lista de participantes da secretaria esteja atualizada.",
        "closing": "Secretaria do {group}",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def day_text(day: date, language: str) -> str:
    month = MONTHS.get(language, MONTHS["en"]).split()[day.month - 1]
    if language == "en":
        return f"{month} {day.day}, {day.year}"
    of = " de" if language in ("es", "pt") else ""
    return f"{day.day}{of} {month}{of} {day.year}"


def when_text(entry: CalendarEntry, language: str) -> str:
    """The date and times in the invitee's language; whole days for an all-day meeting."""
    if getattr(entry, "all_day", False):
        last = getattr(entry, "end_date", None) or entry.date
        if last == entry.date:
            return day_text(entry.date, language)
        return f"{day_text(entry.date, language)} – {day_text(last, language)}"
    return (
        f"{day_text(entry.date, language)}, {entry.start_time:%H:%M}–{entry.end_time:%H:%M} "
        f"({entry.timezone})"
    )


@dataclass(frozen=True)
class Envelope:
    """Who a message is from and to; ``to`` holds one address, or a delegation's."""

    sender_name: str
    sender_email: str
    to: tuple[tuple[str, str], ...]  # (name, email)
    greeting_name: str
    language: str


def _address(name: str, email: str) -> str:
    return formataddr((name, email), charset="utf-8")


def _text_part(text: str, subtype: str) -> MIMEText:
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(text, subtype, charset)


def invitation_message(
    envelope: Envelope,
    entry: CalendarEntry,
    *,
    method: str,
    update: bool,
    group_name: str,
    short_name: str,
    calendar: bytes,
    now: datetime | None = None,
) -> Message:
    """One e-mail with the text, the HTML and the iTIP calendar ``calendar``.

    Built with the ``email.mime`` classes: the same structure as ``EmailMessage``
    writes, at a fraction of the cost per message (its header objects parse every
    value again), which counts when a list has a thousand invitees.
    """
    words = texts(envelope.language)
    title = summary_of(entry.title, short_name)
    subject_key = "CANCEL" if method == "CANCEL" else ("UPDATE" if update else "REQUEST")
    opening = words["cancel"] if method == "CANCEL" else words["update" if update else "invite"]
    opening = opening.format(group=group_name)
    paragraphs = [words["greeting"].format(name=envelope.greeting_name), opening]
    facts = [title, words["when"].format(when=when_text(entry, envelope.language))]
    if entry.location:
        facts.append(words["where"].format(where=entry.location))
    agenda = agenda_description(entry.agenda) if entry.agenda and method != "CANCEL" else ""
    closing = words["closing"].format(group=group_name)
    plain = [*paragraphs, "\n".join(facts)]
    if agenda:
        plain.append(f"{words['agenda']}\n{agenda}")
    if method != "CANCEL":
        plain.append(words["reply"])
    plain.append(f"{closing}\n{envelope.sender_name}")

    message = MIMEMultipart("alternative")
    subject = words[subject_key].format(title=title)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["From"] = _address(envelope.sender_name, envelope.sender_email)
    message["To"] = ", ".join(_address(name, email) for name, email in envelope.to)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    domain = envelope.sender_email.partition("@")[2] or None
    message["Message-ID"] = make_msgid("invitation", domain=domain)
    message["Content-Language"] = envelope.language
    message.attach(_text_part("\n\n".join(plain) + "\n", "plain"))
    message.attach(_text_part(_html(plain, agenda, words), "html"))
    part = MIMEBase("text", "calendar", method=method, charset="UTF-8")
    part.set_payload(calendar)
    encode_base64(part)
    message.attach(part)
    return message


def _html(plain: list[str], agenda: str, words: dict[str, str]) -> str:
    blocks = []
    for block in plain:
        if agenda and block.startswith(words["agenda"]):
            items = "".join(
                f"<li>{html.escape(line.split('. ', 1)[-1])}</li>" for line in agenda.splitlines()
            )
            blocks.append(f"<p>{html.escape(words['agenda'])}</p><ol>{items}</ol>")
        else:
            blocks.append("<p>" + "<br>".join(html.escape(line) for line in block.split("\n")))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        + "".join(block if block.endswith("</ol>") else block + "</p>" for block in blocks)
        + "</body></html>\n"
    )
