/** Paths of the source files used, relative to the sources folder (as in manifest.json). */
export const SOURCE_PATHS = {
  lsoaBoundaries: "boundaries/lsoa21.geojson",
  msoaBoundaries: "boundaries/msoa21.geojson",
  wardBoundaries: "boundaries/ward25.geojson",
  domains: "deprivation/iod2025_lsoa21_domains.csv",
  domainsEngland: "deprivation/iod2025_lsoa21_domains_england.csv.gz",
  subdomains: "deprivation/iod2025_lsoa21_subdomains.csv",
  indicators: "deprivation/iod2025_lsoa21_indicators.csv",
  indicatorsEngland: "deprivation/iod2025_lsoa21_indicators_england.csv.gz",
  districtSummaries: "deprivation/iod2025_lad24_summaries.csv",
  lookup: "lookups/lsoa21_msoa21_ward25_pop2024.csv",
  wardLookup: "lookups/lsoa21_ward25_lad25.csv",
  msoaNames: "lookups/msoa_names.csv",
  keyFigures: "sna/key_figures.csv",
  laIndicators: "sna/la_indicators.csv",
  vwiHourOfWeek: "sna/vwi_hour_of_week.csv",
  exclusions: "sna/exclusions_concentration.csv",
  engagementThemes: "sna/engagement_themes.csv",
  vruFunding: "sna/vru_funding_2019_20.csv",
  ageLsoa11: "population/lsoa11_mid2020_single_year_of_age.csv",
  lsoa11To21: "lookups/lsoa11_lsoa21.csv",
  iod2019Domains: "deprivation/iod2019_lsoa11_domains.csv"
} as const;
