"""Completion evidence extracts as the councils get them, for the tests: the EPC domestic bulk
open-data CSV (its real headings, in their order), council-tax new properties and building-control
completion certificates."""

import csv
import hashlib

EPC_HEADINGS = (
    "LMK_KEY,ADDRESS1,ADDRESS2,ADDRESS3,POSTCODE,BUILDING_REFERENCE_NUMBER,CURRENT_ENERGY_RATING,"
    "POTENTIAL_ENERGY_RATING,CURRENT_ENERGY_EFFICIENCY,POTENTIAL_ENERGY_EFFICIENCY,PROPERTY_TYPE,BUILT_FORM,"
    "INSPECTION_DATE,LOCAL_AUTHORITY,CONSTITUENCY,COUNTY,LODGEMENT_DATE,TRANSACTION_TYPE,"
    "ENVIRONMENT_IMPACT_CURRENT,ENVIRONMENT_IMPACT_POTENTIAL,ENERGY_CONSUMPTION_CURRENT,"
    "ENERGY_CONSUMPTION_POTENTIAL,CO2_EMISSIONS_CURRENT,CO2_EMISS_CURR_PER_FLOOR_AREA,CO2_EMISSIONS_POTENTIAL,"
    "LIGHTING_COST_CURRENT,LIGHTING_COST_POTENTIAL,HEATING_COST_CURRENT,HEATING_COST_POTENTIAL,"
    "HOT_WATER_COST_CURRENT,HOT_WATER_COST_POTENTIAL,TOTAL_FLOOR_AREA,ENERGY_TARIFF,MAINS_GAS_FLAG,FLOOR_LEVEL,"
    "FLAT_TOP_STOREY,FLAT_STOREY_COUNT,MAIN_HEATING_CONTROLS,MULTI_GLAZE_PROPORTION,GLAZED_TYPE,GLAZED_AREA,"
    "EXTENSION_COUNT,NUMBER_HABITABLE_ROOMS,NUMBER_HEATED_ROOMS,LOW_ENERGY_LIGHTING,NUMBER_OPEN_FIREPLACES,"
    "HOTWATER_DESCRIPTION,HOT_WATER_ENERGY_EFF,HOT_WATER_ENV_EFF,FLOOR_DESCRIPTION,FLOOR_ENERGY_EFF,"
    "FLOOR_ENV_EFF,WINDOWS_DESCRIPTION,WINDOWS_ENERGY_EFF,WINDOWS_ENV_EFF,WALLS_DESCRIPTION,WALLS_ENERGY_EFF,"
    "WALLS_ENV_EFF,SECONDHEAT_DESCRIPTION,SHEATING_ENERGY_EFF,SHEATING_ENV_EFF,ROOF_DESCRIPTION,"
    "ROOF_ENERGY_EFF,ROOF_ENV_EFF,MAINHEAT_DESCRIPTION,MAINHEAT_ENERGY_EFF,MAINHEAT_ENV_EFF,"
    "MAINHEATCONT_DESCRIPTION,MAINHEATC_ENERGY_EFF,MAINHEATC_ENV_EFF,LIGHTING_DESCRIPTION,"
    "LIGHTING_ENERGY_EFF,LIGHTING_ENV_EFF,MAIN_FUEL,WIND_TURBINE_COUNT,HEAT_LOSS_CORRIDOR,"
    "UNHEATED_CORRIDOR_LENGTH,FLOOR_HEIGHT,PHOTO_SUPPLY,SOLAR_WATER_HEATING_FLAG,MECHANICAL_VENTILATION,"
    "ADDRESS,LOCAL_AUTHORITY_LABEL,CONSTITUENCY_LABEL,POSTTOWN,CONSTRUCTION_AGE_BAND,LODGEMENT_DATETIME,"
    "TENURE,FIXED_LIGHTING_OUTLETS_COUNT,LOW_ENERGY_FIXED_LIGHT_COUNT,UPRN,UPRN_SOURCE"
).split(",")

GSS = {
    "PLY": ("E06000026", "Plymouth"),
    "SHA": ("E07000044", "South Hams"),
    "WDE": ("E07000047", "West Devon"),
}


def epc_row(lmk, address1, address2, address3, postcode, uprn, date, transaction, lpa="PLY", prop="House"):
    """One row of certificates.csv: the columns matching uses filled, the rest as the register leaves
    them (blank or a plausible value)."""
    row = dict.fromkeys(EPC_HEADINGS, "")
    gss, label = GSS[lpa]
    address = ", ".join(p for p in (address1, address2, address3) if p)
    row.update(
        LMK_KEY=lmk,
        ADDRESS1=address1,
        ADDRESS2=address2,
        ADDRESS3=address3,
        POSTCODE=postcode,
        BUILDING_REFERENCE_NUMBER=str(int(hashlib.sha1(lmk.encode("utf-8")).hexdigest()[:8], 16)),
        CURRENT_ENERGY_RATING="B",
        POTENTIAL_ENERGY_RATING="A",
        PROPERTY_TYPE=prop,
        BUILT_FORM="Semi-Detached",
        INSPECTION_DATE=date,
        LOCAL_AUTHORITY=gss,
        LODGEMENT_DATE=date,
        TRANSACTION_TYPE=transaction,
        ADDRESS=address,
        LOCAL_AUTHORITY_LABEL=label,
        POSTTOWN=label,
        LODGEMENT_DATETIME=(date + " 10:12:13") if date else "",
        TENURE="Owner-occupied",
        UPRN=uprn,
        UPRN_SOURCE="Address Matched" if uprn else "",
    )
    return [row[h] for h in EPC_HEADINGS]


COUNCIL_TAX_HEADINGS = [
    "Property Ref",
    "Address",
    "Postcode",
    "UPRN",
    "Band",
    "Effective Date",
    "Easting",
    "Northing",
]
BUILDING_CONTROL_HEADINGS = [
    "Certificate No",
    "Site Address",
    "Postcode",
    "UPRN",
    "Planning Reference",
    "Completion Date",
]


def write_csv(path, headings, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headings)
        writer.writerows(rows)
    return path
