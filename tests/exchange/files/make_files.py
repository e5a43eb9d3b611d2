"""How the hand-made invitee files beside this script were made (run it to remake them).

They imitate what people send: a Spanish workbook typed by hand (a title, blank spacer
rows, a delegation merged over its three delegates, ``mailto:`` links pasted from
Outlook, a totals line under the table), the same list saved by LibreOffice as .ods, an
Excel "CSV" from a Spanish-locale Windows (Windows-1252, semicolons), Outlook's contact
export (First Name / Last Name columns, Windows-1252, commas), and Excel's "Unicode
text" (UTF-16, tabs). The .ods is LibreOffice's own conversion of the workbook
(``soffice --headless --convert-to ods``).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent

SPANISH_ROWS = [
    ["Nombre", "Cargo", "Delegación", "País", "Correo electrónico", "Estado"],
    [
        "Ana María Pérez",
        "Ministra de Seguridad",
        "Delegación de Chile",
        "Chile",
        "mailto:ana.perez@interior.gob.cl",
        "Confirmado",
    ],
    ["Luis Gómez", "Asesor", None, "Chile", "luis.gomez@interior.gob.cl", "Invitado"],
    ["Carla Ruiz", "Asesora", None, "Chile", "MAILTO:carla.ruiz@interior.gob.cl", "Invitado"],
    [],
    [
        "José Núñez",
        "Embajador",
        "Misión Permanente de Perú",
        "Perú",
        "Jose Nunez <jnunez@rree.gob.pe>",
        "Por invitar",
    ],
    ["Dan Smith", "Superintendent", "RCMP", "Canada", "dan.smith@rcmp.gc.ca", "declined"],
    # Excel writes control characters as _xHHHH_: a BEL and a terminal colour escape.
    [
        "Zoë O\u2019Brien_x0007__x001B_[31m",
        "Director",
        "CARICOM IMPACS",
        "Trinidad and Tobago",
        "zobrien@caricomimpacs.org",
        "Asistió",
    ],
    [],
    ["Total: 6 participantes"],
]


def spanish_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Invitados"
    sheet.append(["Lista de invitados - MISPA III"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    for row in SPANISH_ROWS:
        sheet.append(row)
    sheet.merge_cells("C4:C6")  # the Chilean delegation, over its three delegates
    sheet.merge_cells("A1:F1")
    book.save(path)


def excel_spanish_csv(path: Path) -> None:
    lines = [
        "Nombre;Apellidos;Cargo;Delegación;País;Correo electrónico;Teléfono;Estado",
        "Ana María;Pérez Soto;Ministra;Delegación de Chile;Chile;ana.perez@interior.gob.cl;"
        "+56 2 2486 3000;Confirmado",
        "José;Núñez;Embajador;Misión Permanente de Perú;Perú;jnunez@rree.gob.pe;;Invitado",
        ";;;;;;;",
        "Ñusta;Quispe;Asesora;Misión Permanente de Perú;Perú;nquispe@rree.gob.pe;;",
        "Total: 3 participantes;;;;;;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def outlook_contacts_csv(path: Path) -> None:
    header = (
        '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
        '"Job Title","Business Street","Business City","Business Country/Region",'
        '"Business Phone","Mobile Phone","E-mail Address","E-mail Display Name","Notes"'
    )
    rows = [
        '"Dr.","Michelle","","Mitchell","","Ministry of National Security","","Colonel",'
        '"Temple Court","Port of Spain","Trinidad and Tobago","+1 868 623 2441","",'
        '"mmitchell@mns.gov.tt","Michelle Mitchell (mmitchell@mns.gov.tt)",""',
        '"","François","","Côté","","Sûreté du Québec","","Inspecteur","","Montréal",'
        '"Canada","","","fcote@sq.gouv.qc.ca","François Côté",""',
    ]
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))


def unicode_text(path: Path) -> None:
    lines = [
        "Name\tOrganisation\tE-mail\tStatus",
        "Şebnem Yılmaz\tUNODC\tsyilmaz@un.org\tInvited",
        "Đorđe Petrović\tOSCE\tdpetrovic@osce.org\tConfirmed",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))


def main() -> None:
    spanish_workbook(HERE / "invitados_a_mano.xlsx")
    excel_spanish_csv(HERE / "lista_excel_es.csv")
    outlook_contacts_csv(HERE / "outlook_contacts.csv")
    unicode_text(HERE / "invitees_unicode.txt")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "ods",
                "--outdir",
                str(HERE),
                str(HERE / "invitados_a_mano.xlsx"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


if __name__ == "__main__":
    main()
