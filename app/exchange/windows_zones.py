"""Windows time-zone names (as Outlook writes them in TZID) and the IANA zones they stand for.

One Windows zone covers many places: "SA Western Standard Time" is La Paz for
CLDR's world default (territory 001), but Port of Spain in Trinidad and Tobago,
Bridgetown in Barbados, Santo Domingo... and a meeting in Port of Spain must stay
in America/Port_of_Spain. So a name is mapped with the place it is used in: the
meeting's own zone when it is one of the name's zones, a zone whose city the
event's location names, the calendar's or the working group's zone, and only then
the world default.

``WINDOWS_ZONES`` is derived from the Unicode CLDR file
``common/supplemental/windowsZones.xml`` (mapTimezones typeVersion 2021a): for each
Windows name of the Americas, and of the European countries that are permanent
observers to the OAS, its zones by territory, the 001 default first and ``Etc/``
zones left out. Names not listed here fall back to ``icalendar``'s table of CLDR's
001 defaults.
"""

from __future__ import annotations

from collections.abc import Iterable

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# fmt: off
WINDOWS_ZONES: dict[str, tuple[str, ...]] = {
    "Aleutian Standard Time": ("America/Adak",),
    "Hawaiian Standard Time": ("Pacific/Honolulu", "Pacific/Rarotonga", "Pacific/Tahiti"),
    "Alaskan Standard Time": (
        "America/Anchorage", "America/Juneau", "America/Metlakatla", "America/Nome",
        "America/Sitka", "America/Yakutat",
    ),
    "Pacific Standard Time (Mexico)": ("America/Tijuana",),
    "Pacific Standard Time": ("America/Los_Angeles", "America/Vancouver"),
    "US Mountain Standard Time": (
        "America/Phoenix", "America/Creston", "America/Dawson_Creek", "America/Fort_Nelson",
        "America/Hermosillo",
    ),
    "Mountain Standard Time (Mexico)": ("America/Mazatlan",),
    "Mountain Standard Time": (
        "America/Denver", "America/Edmonton", "America/Cambridge_Bay", "America/Inuvik",
        "America/Ciudad_Juarez", "America/Boise",
    ),
    "Yukon Standard Time": ("America/Whitehorse", "America/Dawson"),
    "Central America Standard Time": (
        "America/Guatemala", "America/Belize", "America/Costa_Rica", "Pacific/Galapagos",
        "America/Tegucigalpa", "America/Managua", "America/El_Salvador",
    ),
    "Central Standard Time": (
        "America/Chicago", "America/Winnipeg", "America/Rankin_Inlet", "America/Resolute",
        "America/Matamoros", "America/Ojinaga", "America/Indiana/Knox",
        "America/Indiana/Tell_City", "America/Menominee", "America/North_Dakota/Beulah",
        "America/North_Dakota/Center", "America/North_Dakota/New_Salem",
    ),
    "Easter Island Standard Time": ("Pacific/Easter",),
    "Central Standard Time (Mexico)": (
        "America/Mexico_City", "America/Bahia_Banderas", "America/Merida",
        "America/Monterrey", "America/Chihuahua",
    ),
    "Canada Central Standard Time": ("America/Regina", "America/Swift_Current"),
    "SA Pacific Standard Time": (
        "America/Bogota", "America/Rio_Branco", "America/Eirunepe", "America/Coral_Harbour",
        "America/Guayaquil", "America/Jamaica", "America/Cayman", "America/Panama",
        "America/Lima",
    ),
    "Eastern Standard Time (Mexico)": ("America/Cancun",),
    "Eastern Standard Time": (
        "America/New_York", "America/Nassau", "America/Toronto", "America/Iqaluit",
        "America/Detroit", "America/Indiana/Petersburg", "America/Indiana/Vincennes",
        "America/Indiana/Winamac", "America/Kentucky/Monticello", "America/Louisville",
    ),
    "Haiti Standard Time": ("America/Port-au-Prince",),
    "Cuba Standard Time": ("America/Havana",),
    "US Eastern Standard Time": (
        "America/Indianapolis", "America/Indiana/Marengo", "America/Indiana/Vevay",
    ),
    "Turks And Caicos Standard Time": ("America/Grand_Turk",),
    "Paraguay Standard Time": ("America/Asuncion",),
    "Atlantic Standard Time": (
        "America/Halifax", "Atlantic/Bermuda", "America/Glace_Bay", "America/Goose_Bay",
        "America/Moncton", "America/Thule",
    ),
    "Venezuela Standard Time": ("America/Caracas",),
    "Central Brazilian Standard Time": ("America/Cuiaba", "America/Campo_Grande"),
    "SA Western Standard Time": (
        "America/La_Paz", "America/Antigua", "America/Anguilla", "America/Aruba",
        "America/Barbados", "America/St_Barthelemy", "America/Kralendijk", "America/Manaus",
        "America/Boa_Vista", "America/Porto_Velho", "America/Blanc-Sablon", "America/Curacao",
        "America/Dominica", "America/Santo_Domingo", "America/Grenada", "America/Guadeloupe",
        "America/Guyana", "America/St_Kitts", "America/St_Lucia", "America/Marigot",
        "America/Martinique", "America/Montserrat", "America/Puerto_Rico",
        "America/Lower_Princes", "America/Port_of_Spain", "America/St_Vincent",
        "America/Tortola", "America/St_Thomas",
    ),
    "Pacific SA Standard Time": ("America/Santiago",),
    "Newfoundland Standard Time": ("America/St_Johns",),
    "Tocantins Standard Time": ("America/Araguaina",),
    "E. South America Standard Time": ("America/Sao_Paulo",),
    "SA Eastern Standard Time": (
        "America/Cayenne", "America/Fortaleza", "America/Belem", "America/Maceio",
        "America/Recife", "America/Santarem", "Atlantic/Stanley", "America/Paramaribo",
    ),
    "Argentina Standard Time": (
        "America/Buenos_Aires", "America/Argentina/La_Rioja", "America/Argentina/Rio_Gallegos",
        "America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/San_Luis",
        "America/Argentina/Tucuman", "America/Argentina/Ushuaia", "America/Catamarca",
        "America/Cordoba", "America/Jujuy", "America/Mendoza",
    ),
    "Greenland Standard Time": ("America/Godthab",),
    "Montevideo Standard Time": ("America/Montevideo",),
    "Magallanes Standard Time": ("America/Punta_Arenas",),
    "Saint Pierre Standard Time": ("America/Miquelon",),
    "Bahia Standard Time": ("America/Bahia",),
    "UTC-02": ("America/Noronha", "Atlantic/South_Georgia"),
    "Azores Standard Time": ("Atlantic/Azores", "America/Scoresbysund"),
    "GMT Standard Time": (
        "Europe/London", "Atlantic/Canary", "Atlantic/Faeroe", "Europe/Guernsey",
        "Europe/Dublin", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/Lisbon",
        "Atlantic/Madeira",
    ),
    "W. Europe Standard Time": (
        "Europe/Berlin", "Europe/Andorra", "Europe/Vienna", "Europe/Zurich", "Europe/Busingen",
        "Europe/Gibraltar", "Europe/Rome", "Europe/Vaduz", "Europe/Luxembourg",
        "Europe/Monaco", "Europe/Malta", "Europe/Amsterdam", "Europe/Oslo", "Europe/Stockholm",
        "Arctic/Longyearbyen", "Europe/San_Marino", "Europe/Vatican",
    ),
    "Romance Standard Time": (
        "Europe/Paris", "Europe/Brussels", "Europe/Copenhagen", "Europe/Madrid", "Africa/Ceuta",
    ),
}
# fmt: on


def windows_zones(name: str) -> tuple[str, ...]:
    """The IANA zones the Windows zone ``name`` covers, its world default first; () if none."""
    cleaned = name.strip().strip('"')
    found = WINDOWS_ZONES.get(cleaned)
    if found:
        return found
    default = WINDOWS_TO_OLSON.get(cleaned)
    return (default,) if default else ()


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ").casefold()


def pick_windows_zone(name: str, zones: Iterable[str] = (), places: Iterable[str] = ()) -> str:
    """The IANA zone the Windows zone ``name`` means where it was used ("" if not Windows).

    ``zones`` are IANA zones the context suggests, best first (the meeting's own, the
    calendar's, the working group's); ``places`` are texts that may name the city
    (the event's LOCATION, the ministerial meeting's city).
    """
    candidates = windows_zones(name)
    if not candidates:
        return ""
    for zone in zones:
        if zone in candidates:
            return zone
    texts = [place.casefold() for place in places if place]
    for zone in candidates:
        city = _city(zone)
        if any(city in text for text in texts):
            return zone
    return candidates[0]
