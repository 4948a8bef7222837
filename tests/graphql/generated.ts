import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (ISO 8601, no time or zone), e.g. 2020-03-15. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A GeoJSON object (RFC 7946): WGS84 lon/lat coordinates, no crs member. */
  GeoJSON: { input: { type: string; [member: string]: any }; output: { type: string; [member: string]: any }; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, any>; output: Record<string, any>; }
};

/** Community assembly; door-to-door information; delivery of prevention supplies (masks, gel, soap); watch over public spaces; sanitisation; Mercomuna delivery support. */
export type ActivityKind =
  | 'APOYO_MERCOMUNA'
  | 'ASAMBLEA_COMUNITARIA'
  | 'DIFUSION_CASA_POR_CASA'
  | 'ENTREGA_INSUMOS_PREVENCION'
  | 'SANITIZACION'
  | 'VIGILANCIA_ESPACIO_PUBLICO';

/** Age on 1 January of the program year: 18–29, 30–60, over 60. */
export type AgeGroup =
  | 'AGE_18_29'
  | 'AGE_30_60'
  | 'AGE_OVER_60';

/** IN_PROGRESS: being drafted; COMPLETED: agenda finished; IMPLEMENTING: finished and carrying out its projects. */
export type AgendaStatus =
  | 'COMPLETED'
  | 'IMPLEMENTING'
  | 'IN_PROGRESS';

/** The kind of row an audit entry is about. */
export type AuditEntity =
  | 'ACTIVITY'
  | 'AGENDA'
  | 'BENEFICIARY'
  | 'COLONIA'
  | 'ECOS_SCHOOL'
  | 'MERCOMUNA_POINT'
  | 'PAYMENT'
  | 'PUBLIC_SPACE_IMPROVEMENT'
  | 'TERRITORIAL'
  | 'WORKSHOP';

/** CREATE, UPDATE, DELETE (mutations) or IMPORT (the boundary and layer importer). */
export type AuditOperation =
  | 'CREATE'
  | 'DELETE'
  | 'IMPORT'
  | 'UPDATE';

/** Servidor del Pueblo (coordinates promotores) or Promotor Comunitario (daily field work). */
export type BeneficiaryRole =
  | 'PROMOTOR_COMUNITARIO'
  | 'SERVIDOR_DEL_PUEBLO';

/** ACTIVE, or BAJA (left the program, with a date). */
export type BeneficiaryStatus =
  | 'ACTIVE'
  | 'BAJA';

/** Kind of unit, from the suffix of its official IECM name: (PBLO) pueblo, (BARR) barrio, (U HAB) unidad habitacional, (FRACC) fraccionamiento, (AMPL) ampliación, (CONJ HAB) conjunto habitacional; COLONIA when the name has none of these. */
export type ColoniaTipo =
  | 'AMPLIACION'
  | 'BARRIO'
  | 'COLONIA'
  | 'CONJUNTO_HABITACIONAL'
  | 'FRACCIONAMIENTO'
  | 'PUEBLO'
  | 'UNIDAD_HABITACIONAL';

/** What a coverage is about: the whole alcaldía, one territorial or one colonia. */
export type CoverageScopeKind =
  | 'ALCALDIA'
  | 'COLONIA'
  | 'TERRITORIAL';

/** A new field activity. Its colonia defaults to the beneficiary's; its territorial is the colonia's. */
export type CreateActivityInput = {
  beneficiaryId: Scalars['ID']['input'];
  /** Where it was carried out; default the beneficiary's colonia. */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  kind: ActivityKind;
  peopleReached: Scalars['Int']['input'];
  /** Order among the beneficiary's activities that day; default the next one. */
  seq?: InputMaybe<Scalars['Int']['input']>;
};

/** A new agenda: one per colonia and program year. */
export type CreateAgendaInput = {
  /** Unique key, e.g. ADL-2020-039. */
  clave: Scalars['String']['input'];
  coloniaId: Scalars['ID']['input'];
  programYear: Scalars['Int']['input'];
  /** Projects in order (at most 20, 3–200 characters each). */
  projects?: InputMaybe<Array<Scalars['String']['input']>>;
  status: AgendaStatus;
};

/** A new beneficiary. Its territorial is its colonia’s. */
export type CreateBeneficiaryInput = {
  address: Scalars['String']['input'];
  /** Date of leaving: required with status BAJA, absent otherwise. */
  bajaOn?: InputMaybe<Scalars['Date']['input']>;
  /** YYYY-MM-DD; at least 18 years before 1 January of the program year. */
  birthDate: Scalars['Date']['input'];
  /** Colonia of assignment. */
  coloniaId: Scalars['ID']['input'];
  /** CURP, 18 characters. */
  curp: Scalars['String']['input'];
  education: Education;
  /** Program folio, e.g. BEN-2020-1281 (unique). */
  folio: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  occupation: Occupation;
  phone: Scalars['String']['input'];
  programYear: Scalars['Int']['input'];
  role: BeneficiaryRole;
  sex: Sex;
  /** Default ACTIVE. */
  status?: InputMaybe<BeneficiaryStatus>;
};

/** A new ECOS school. */
export type CreateEcosSchoolInput = {
  /** Unique key, e.g. ECOS-2020-16. */
  clave: Scalars['String']['input'];
  /** The colonia; when omitted, the one holding the location (PostGIS). */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  /** Beneficiaries facilitating it (at most 50). */
  facilitatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given). */
  location: Scalars['GeoJSON']['input'];
  nombre: Scalars['String']['input'];
  participants: Scalars['Int']['input'];
  programYear: Scalars['Int']['input'];
  sessions: Scalars['Int']['input'];
};

/** A new public-space improvement. Its geometry type follows its kind (see PublicSpaceKind). */
export type CreateImprovementInput = {
  builtOn: Scalars['Date']['input'];
  /** Unique key, e.g. CAM-2020-121. */
  clave: Scalars['String']['input'];
  /** The colonia; when omitted, the one holding most of the geometry (PostGIS). */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  /** GeoJSON, WGS84 lon/lat: a LineString for caminos and ludicalles, a Point or Polygon for utopías, a Point for lavamanos and pipas. */
  geometry: Scalars['GeoJSON']['input'];
  kind: PublicSpaceKind;
  nombre: Scalars['String']['input'];
  status: ImprovementStatus;
};

/** A new Mercomuna delivery point. */
export type CreateMercomunaPointInput = {
  /** Unique key, e.g. MER-SD-131. */
  clave: Scalars['String']['input'];
  /** The colonia; when omitted, the one holding the location (PostGIS). */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  kind: MercomunaPointKind;
  /** A GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given). */
  location: Scalars['GeoJSON']['input'];
  nombre: Scalars['String']['input'];
  period: MercomunaPeriod;
};

/** A new payment row (ministración) of a beneficiary. */
export type CreatePaymentInput = {
  /** Amount in MXN, more than 0, at most 1,000,000, whole centavos. */
  amount: Scalars['Float']['input'];
  beneficiaryId: Scalars['ID']['input'];
  /** First day of the month the row is paid in (YYYY-MM-01). */
  month: Scalars['Date']['input'];
  /** Payment row of the budget table, 1–13 (unique per beneficiary). */
  row: Scalars['Int']['input'];
};

/** A new workshop. PRESENCIAL needs a location (a Point); VIRTUAL needs a coloniaId and no location. */
export type CreateWorkshopInput = {
  /** Unique key, e.g. TAL-2020-077. */
  clave: Scalars['String']['input'];
  /** The colonia; when omitted, the one holding the location (PostGIS). */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  /** Venue: a GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given). */
  location?: InputMaybe<Scalars['GeoJSON']['input']>;
  modality: WorkshopModality;
  participants: Scalars['Int']['input'];
};

/** The prosecutor's high-impact crime categories (the 14 rows of the report's 2020 table) and OTROS for every other offence. An offence text is classified by the table crime_offence_category (docs/fin-indicator.md). */
export type CrimeCategory =
  /** Report row "HOMICIDIO DOLOSO". */
  | 'HOMICIDIO_DOLOSO'
  /** Report row "LESIONES DOLOSAS POR DAF". */
  | 'LESIONES_DOLOSAS_POR_DAF'
  | 'OTROS'
  /** Report row "ROBO A CASA HABITACION CON VIOLENCIA". */
  | 'ROBO_A_CASA_HABITACION_CON_VIOLENCIA'
  /** Report row "ROBO A CUENTAHABIENTE". */
  | 'ROBO_A_CUENTAHABIENTE'
  /** Report row "ROBO A NEGOCIO CON VIOLENCIA". */
  | 'ROBO_A_NEGOCIO_CON_VIOLENCIA'
  /** Report row "ROBO A PASAJERO A BORDO DEL METRO". */
  | 'ROBO_A_PASAJERO_A_BORDO_DEL_METRO'
  /** Report row "ROBO A PASAJERO A BORDO DE MICROBUS". */
  | 'ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS'
  /** Report row "ROBO A PASAJERO A BORDO DE TAXI". */
  | 'ROBO_A_PASAJERO_A_BORDO_DE_TAXI'
  /** Report row "ROBO A REPARTIDOR CON Y SIN VIOLENCIA". */
  | 'ROBO_A_REPARTIDOR'
  /** Report row "ROBO A TRANSEUNTE EN VÍA PÚBLICA". */
  | 'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA'
  /** Report row "ROBO A TRANSPORTISTA CON Y SIN VIOLENCIA". */
  | 'ROBO_A_TRANSPORTISTA'
  /** Report row "ROBO DE VEHÍCULO CON Y SIN VIOLENCIA". */
  | 'ROBO_DE_VEHICULO'
  /** Report row "SECUESTRO". */
  | 'SECUESTRO'
  /** Report row "VIOLACION". */
  | 'VIOLACION';

/** Highest level of schooling. */
export type Education =
  | 'BACHILLERATO'
  | 'LICENCIATURA'
  | 'PRIMARIA'
  | 'SECUNDARIA';

/** Evalúa CDMX's strata of the social development index: MUY_BAJO < 0.707 ≤ BAJO < 0.784 ≤ MEDIO < 0.858 ≤ ALTO < 0.94 ≤ MUY_ALTO (table ids_stratum, docs/fin-indicator.md); SIN_INFORMACION: AGEBs without a value. */
export type IdsStratum =
  | 'ALTO'
  | 'BAJO'
  | 'MEDIO'
  | 'MUY_ALTO'
  | 'MUY_BAJO'
  | 'SIN_INFORMACION';

export type ImprovementStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A map layer, as served by featureCollection, /geojson/{layer}, /ogc/collections/{layer} and /tiles/{layer}. */
export type Layer =
  /** Colonias */
  | 'COLONIAS'
  /** Crime incidents */
  | 'CRIME'
  /** ECOS */
  | 'ECOS'
  /** Social development index per AGEB */
  | 'IDS_AGEBS'
  /** Public-space improvements */
  | 'IMPROVEMENTS'
  /** Mercomuna */
  | 'MERCOMUNA'
  /** Direcciones territoriales */
  | 'TERRITORIALES'
  /** Participatory-planning workshops */
  | 'WORKSHOPS';

/** Delivery period: April–May or September–December 2020. */
export type MercomunaPeriod =
  | 'APR_MAY'
  | 'SEP_DEC';

/** A Liconsa dairy (lechería) or another delivery point. */
export type MercomunaPointKind =
  | 'LECHERIA_LICONSA'
  | 'OTHER';

/** A WGS84 point and a distance: features within `meters` of it (on the spheroid), nearest first. */
export type NearInput = {
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lon: Scalars['Float']['input'];
  /** Distance in metres, greater than 0 and at most 100000. */
  meters: Scalars['Float']['input'];
};

export type Occupation =
  | 'AUTOEMPLEO'
  | 'COMERCIO'
  | 'ESTUDIANTE'
  | 'HOGAR'
  | 'PENSIONADO_JUBILADO';

/** CAMINO_MUJERES_LIBRES_SEGURAS (route, LineString), LUDICALLE (street, LineString), UTOPIA (Point or Polygon), LAVAMANOS (Point), PIPA_AGUA (water-truck stop, Point). */
export type PublicSpaceKind =
  | 'CAMINO_MUJERES_LIBRES_SEGURAS'
  | 'LAVAMANOS'
  | 'LUDICALLE'
  | 'PIPA_AGUA'
  | 'UTOPIA';

export type Sex =
  | 'HOMBRE'
  | 'MUJER';

/** Fields of an activity to change; omitted fields stay as they are. */
export type UpdateActivityInput = {
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<ActivityKind>;
  peopleReached?: InputMaybe<Scalars['Int']['input']>;
  seq?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of an agenda to change; `projects`, when given, replaces the list. */
export type UpdateAgendaInput = {
  clave?: InputMaybe<Scalars['String']['input']>;
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  programYear?: InputMaybe<Scalars['Int']['input']>;
  projects?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<AgendaStatus>;
};

/** Fields of a beneficiary to change; omitted fields stay as they are. */
export type UpdateBeneficiaryInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Set with status BAJA; null to clear it with status ACTIVE. */
  bajaOn?: InputMaybe<Scalars['Date']['input']>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  curp?: InputMaybe<Scalars['String']['input']>;
  education?: InputMaybe<Education>;
  folio?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  occupation?: InputMaybe<Occupation>;
  phone?: InputMaybe<Scalars['String']['input']>;
  programYear?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<BeneficiaryRole>;
  sex?: InputMaybe<Sex>;
  status?: InputMaybe<BeneficiaryStatus>;
};

/** Attributes of a colonia to change (ADMIN). Boundaries and territorial membership change through the import. */
export type UpdateColoniaInput = {
  /** IECM unit clave (unique), e.g. 07-196. */
  clave?: InputMaybe<Scalars['String']['input']>;
  nombre?: InputMaybe<Scalars['String']['input']>;
};

/** Fields of an ECOS school to change; `facilitatorIds`, when given, replaces the list. */
export type UpdateEcosSchoolInput = {
  clave?: InputMaybe<Scalars['String']['input']>;
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  facilitatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New location (a Point); without coloniaId the colonia follows it. */
  location?: InputMaybe<Scalars['GeoJSON']['input']>;
  nombre?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Scalars['Int']['input']>;
  programYear?: InputMaybe<Scalars['Int']['input']>;
  sessions?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of an improvement to change; omitted fields stay as they are. */
export type UpdateImprovementInput = {
  builtOn?: InputMaybe<Scalars['Date']['input']>;
  clave?: InputMaybe<Scalars['String']['input']>;
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  /** New geometry; without coloniaId the colonia follows it. */
  geometry?: InputMaybe<Scalars['GeoJSON']['input']>;
  /** The current or new geometry must fit the new kind. */
  kind?: InputMaybe<PublicSpaceKind>;
  nombre?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ImprovementStatus>;
};

/** Fields of a Mercomuna point to change; omitted fields stay as they are. */
export type UpdateMercomunaPointInput = {
  clave?: InputMaybe<Scalars['String']['input']>;
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<MercomunaPointKind>;
  /** New location (a Point); without coloniaId the colonia follows it. */
  location?: InputMaybe<Scalars['GeoJSON']['input']>;
  nombre?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<MercomunaPeriod>;
};

/** Fields of a payment to change; omitted fields stay as they are. */
export type UpdatePaymentInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  month?: InputMaybe<Scalars['Date']['input']>;
  row?: InputMaybe<Scalars['Int']['input']>;
};

/** Attributes of a territorial to change (ADMIN). Its polygon is the union of its colonias (see the import). */
export type UpdateTerritorialInput = {
  /** Stable key (unique), e.g. TER-03. */
  clave?: InputMaybe<Scalars['String']['input']>;
  nombre?: InputMaybe<Scalars['String']['input']>;
};

/** Fields of a workshop to change; omitted fields stay as they are. */
export type UpdateWorkshopInput = {
  clave?: InputMaybe<Scalars['String']['input']>;
  /** Moving a workshop with a venue: the venue must lie in the new colonia. */
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** New venue (a Point); without coloniaId the colonia follows the venue. */
  location?: InputMaybe<Scalars['GeoJSON']['input']>;
  /** Changing to VIRTUAL clears the location. */
  modality?: InputMaybe<WorkshopModality>;
  participants?: InputMaybe<Scalars['Int']['input']>;
};

/** In person (with a venue) or virtual. */
export type WorkshopModality =
  | 'PRESENCIAL'
  | 'VIRTUAL';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type CoverageFieldsFragment = { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> };

export type TerritorialesCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritorialesCoverageQuery = { territoriales: Array<{ id: string, coverage: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } }> };

export type TerritorialCoverageQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TerritorialCoverageQuery = { territorial: { id: string, coverage: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } } | null };

export type ColoniasCoverageTwoWindowsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ColoniasCoverageTwoWindowsQuery = { colonias: { edges: Array<{ node: { a: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> }, b: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } } }> } };

export type CoveragePoblacionQueryVariables = Exact<{ [key: string]: never; }>;


export type CoveragePoblacionQuery = { territoriales: Array<{ poblacion: number, coverage: { poblacion: number | null, peopleReached: number, peopleReachedPer1000: number | null }, colonias: Array<{ poblacion: number | null, coverage: { poblacion: number | null } }> }>, coverage: { poblacion: number | null, peopleReached: number, peopleReachedPer1000: number | null }, programSummary: { poblacion: number | null, peopleReachedGoal: number, peopleReachedGoalPer1000: number | null } };

export type CoverageChoroplethLayersQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageChoroplethLayersQuery = { t: { type: string; [member: string]: any }, c: { type: string; [member: string]: any }, territoriales: Array<{ id: string, poblacion: number, coverage: { peopleReachedPer1000: number | null }, colonias: Array<{ id: string, poblacion: number | null, coverage: { peopleReachedPer1000: number | null } }> }> };

export type CoverageTerritorialAndColoniasQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageTerritorialAndColoniasQuery = { territoriales: Array<{ coverage: { activities: number, peopleReached: number, paymentsTotal: number, coloniasAttended: number, beneficiaries: { total: number }, workshops: { count: number } }, colonias: Array<{ coverage: { activities: number, peopleReached: number, paymentsTotal: number, coloniasAttended: number, beneficiaries: { total: number }, workshops: { count: number } } }> }> };

export type AlcaldiaColoniasQueryVariables = Exact<{ [key: string]: never; }>;


export type AlcaldiaColoniasQuery = { coverage: { colonias: number, coloniasAttended: number } };

export type CoverageWindowsQueryVariables = Exact<{
  day?: InputMaybe<Scalars['Date']['input']>;
  w?: InputMaybe<Scalars['Date']['input']>;
  t?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoverageWindowsQuery = { oneDay: { activities: number, peopleReached: number, paymentsTotal: number }, workshopDay: { workshops: { count: number, participants: number } }, before: { activities: number, paymentsTotal: number, coloniasAttended: number, coverageRatio: number | null, workshops: { count: number }, beneficiaries: { total: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> }, after: { activities: number, paymentsTotal: number, ecosSchools: number, workshops: { count: number }, beneficiaries: { total: number }, agendas: { completed: number } }, year: { activities: number, workshops: { count: number } }, all: { activities: number, workshops: { count: number } } };

export type CoverageAroundBajaQueryVariables = Exact<{
  c?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoverageAroundBajaQuery = { before: { beneficiaries: { total: number } }, after: { beneficiaries: { total: number } } };

export type ImprovementsOfColoniaAndAllQueryVariables = Exact<{
  c?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ImprovementsOfColoniaAndAllQuery = { coverage: { improvements: Array<{ kind: PublicSpaceKind, count: number | null }> }, all: { improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } };

export type ImprovementsOfColoniaQueryVariables = Exact<{
  c?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ImprovementsOfColoniaQuery = { coverage: { improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } };

export type CoverageAtAndByIdQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
  c?: InputMaybe<Scalars['ID']['input']>;
  t?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoverageAtAndByIdQuery = { coverageAt: { colonia: { id: string }, territorial: { id: string }, coloniaCoverage: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> }, territorialCoverage: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } } | null, c: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> }, t: { scopeKind: CoverageScopeKind, from: string | null, to: string | null, colonias: number, coloniasAttended: number, coverageRatio: number | null, poblacion: number | null, peopleReachedPer1000: number | null, ecosSchools: number, ecosFacilitators: number, activities: number, peopleReached: number, paymentsTotal: number, beneficiaries: { total: number, byRole: Array<{ key: BeneficiaryRole, count: number | null }>, bySex: Array<{ key: Sex, count: number | null }>, byAgeGroup: Array<{ key: AgeGroup, count: number | null }>, byEducation: Array<{ key: Education, count: number | null }>, byOccupation: Array<{ key: Occupation, count: number | null }> }, workshops: { count: number, participants: number, colonias: number }, agendas: { inProgress: number, completed: number, implementing: number }, improvements: Array<{ kind: PublicSpaceKind, count: number | null }> } };

export type CoverageAtColoniaQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type CoverageAtColoniaQuery = { coverageAt: { colonia: { id: string } } | null };

export type ServidoresIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ServidoresIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VirtualWorkshopIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VirtualWorkshopIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CompletedAgendaIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompletedAgendaIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EcosSchoolIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EcosSchoolIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaminoIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaminoIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SanitizacionIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SanitizacionIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SepDecMercomunaIdPagesQueryVariables = Exact<{
  territorialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SepDecMercomunaIdPagesQuery = { page: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ActivitiesOfBeneficiaryQueryVariables = Exact<{
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActivitiesOfBeneficiaryQuery = { activities: { totalCount: number, edges: Array<{ node: { heldOn: string, beneficiary: { id: string } } }> } };

export type BeneficiariesOfColoniaQueryVariables = Exact<{
  coloniaId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BeneficiariesOfColoniaQuery = { beneficiaries: { totalCount: number, edges: Array<{ node: { colonia: { id: string } } }> } };

export type ReverseRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReverseRelationsQuery = { territoriales: Array<{ id: string, beneficiaries: Array<{ id: string }>, workshops: Array<{ id: string }>, ecosSchools: Array<{ id: string }>, improvements: Array<{ id: string }>, mercomunaPoints: Array<{ id: string }>, colonias: Array<{ id: string, beneficiaries: Array<{ id: string }>, workshops: Array<{ id: string }>, agendas: Array<{ id: string, projects: Array<{ nombre: string }> }>, ecosSchools: Array<{ id: string }>, improvements: Array<{ id: string }>, mercomunaPoints: Array<{ id: string }> }> }> };

export type FeatureGeometriesQueryVariables = Exact<{ [key: string]: never; }>;


export type FeatureGeometriesQuery = { workshops: { edges: Array<{ node: { modality: WorkshopModality, location: { type: string; [member: string]: any } | null, colonia: { id: string }, territorial: { id: string } } }> }, improvements: { edges: Array<{ node: { kind: PublicSpaceKind, geometry: { type: string; [member: string]: any } } }> }, ecosSchools: { edges: Array<{ node: { location: { type: string; [member: string]: any }, facilitators: Array<{ id: string, ecosSchools: Array<{ id: string }> }> } }> }, mercomunaPoints: { edges: Array<{ node: { location: { type: string; [member: string]: any }, colonia: { nombre: string } } }> } };

export type BeneficiaryFieldNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryFieldNamesQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type BeneficiaryFullNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryFullNamesQuery = { beneficiaries: { edges: Array<{ node: { id: string, fullName: string | null } }> } };

export type BeneficiaryCurpsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryCurpsQuery = { beneficiaries: { edges: Array<{ node: { id: string, curp: string | null } }> } };

export type BeneficiaryPhonesQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryPhonesQuery = { beneficiaries: { edges: Array<{ node: { id: string, phone: string | null } }> } };

export type BeneficiaryAddresssQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryAddresssQuery = { beneficiaries: { edges: Array<{ node: { id: string, address: string | null } }> } };

export type BeneficiaryBirthDatesQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryBirthDatesQuery = { beneficiaries: { edges: Array<{ node: { id: string, birthDate: string | null } }> } };

export type BeneficiaryAgeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryAgeGroupsQuery = { beneficiaries: { edges: Array<{ node: { id: string, ageGroup: AgeGroup } }> } };

export type NearestEcosQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
  limit: Scalars['Int']['input'];
}>;


export type NearestEcosQuery = { nearestEcos: Array<{ distanceMeters: number, ecosSchool: { id: string } }> };

export type NearestEcosDefaultLimitQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type NearestEcosDefaultLimitQuery = { nearestEcos: Array<{ distanceMeters: number }> };

export type TerritorialesQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritorialesQuery = { territoriales: Array<{ id: string, clave: string, nombre: string, areaKm2: number }> };

export type TerritorialByClaveQueryVariables = Exact<{
  clave: Scalars['String']['input'];
}>;


export type TerritorialByClaveQuery = { territorial: { id: string, nombre: string } | null };

export type TerritorialClaveByIdQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TerritorialClaveByIdQuery = { territorial: { clave: string } | null };

export type UnknownTerritorialesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownTerritorialesQuery = { a: { id: string } | null, b: { id: string } | null };

export type TerritorialesWithColoniasQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritorialesWithColoniasQuery = { territoriales: Array<{ clave: string, colonias: Array<{ id: string, clave: string }> }> };

export type ColoniasWithTerritorialQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ColoniasWithTerritorialQuery = { colonias: { totalCount: number, edges: Array<{ node: { id: string, clave: string, territorial: { id: string, nombre: string } } }> } };

export type ColoniasGeometryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ColoniasGeometryQuery = { colonias: { edges: Array<{ node: { geometry: { type: string; [member: string]: any }, centroid: { type: string; [member: string]: any }, bbox: Array<number>, territorial: { nombre: string, geometry: { type: string; [member: string]: any } } } }> } };

export type ColoniasForwardQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ColoniasForwardQuery = { colonias: { totalCount: number, edges: Array<{ cursor: string, node: { clave: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type ColoniasBackwardQueryVariables = Exact<{
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ColoniasBackwardQuery = { colonias: { edges: Array<{ node: { clave: string } }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } };

export type TerritorialColoniaIdsQueryVariables = Exact<{
  clave: Scalars['String']['input'];
}>;


export type TerritorialColoniaIdsQuery = { territorial: { id: string, colonias: Array<{ id: string }> } | null };

export type ColoniasOfTerritorialQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ColoniasOfTerritorialQuery = { colonias: { totalCount: number, edges: Array<{ node: { id: string, territorial: { clave: string } } }> } };

export type ColoniaByClaveQueryVariables = Exact<{
  clave?: InputMaybe<Scalars['String']['input']>;
}>;


export type ColoniaByClaveQuery = { colonia: { id: string, nombre: string, displayName: string, tipo: ColoniaTipo, distritoLocal: number | null, poblacion: number | null, territorial: { clave: string } } | null };

export type ColoniaClaveByIdQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ColoniaClaveByIdQuery = { colonia: { clave: string } | null };

export type ColoniaNestingQueryVariables = Exact<{ [key: string]: never; }>;


export type ColoniaNestingQuery = { inner: { clave: string, containedIn: { clave: string } | null, contains: Array<{ clave: string }> } | null, outer: { clave: string, containedIn: { clave: string } | null, contains: Array<{ clave: string, nombre: string }> } | null, plain: { containedIn: { clave: string } | null, contains: Array<{ clave: string }> } | null };

export type TerritorialGeometriesQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritorialGeometriesQuery = { territoriales: Array<{ geometry: { type: string; [member: string]: any }, centroid: { type: string; [member: string]: any }, bbox: Array<number>, colonias: Array<{ geometry: { type: string; [member: string]: any } }> }> };

export type ColoniaRoundedQueryVariables = Exact<{ [key: string]: never; }>;


export type ColoniaRoundedQuery = { colonia: { p2: { type: string; [member: string]: any }, p0: { type: string; [member: string]: any } } | null };

export type LocateNestingQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LocateNestingQuery = { locate: { colonia: { clave: string, containedIn: { clave: string } | null } } | null };

export type LocateColoniaAndTerritorialQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LocateColoniaAndTerritorialQuery = { locate: { colonia: { clave: string }, territorial: { clave: string } } | null };

export type LocateColoniaNamedQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LocateColoniaNamedQuery = { locate: { colonia: { clave: string, nombre: string, tipo: ColoniaTipo } } | null };

export type LocateColoniaDisplayNameQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LocateColoniaDisplayNameQuery = { locate: { colonia: { clave: string, displayName: string } } | null };

export type LocateColoniaIdQueryVariables = Exact<{
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LocateColoniaIdQuery = { locate: { colonia: { id: string } } | null };

export const CoverageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"implementing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}},{"kind":"Field","name":{"kind":"Name","value":"ecosFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}}]} as unknown as DocumentNode<CoverageFieldsFragment, unknown>;
export const TerritorialesCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialesCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"implementing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}},{"kind":"Field","name":{"kind":"Name","value":"ecosFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}}]} as unknown as DocumentNode<TerritorialesCoverageQuery, TerritorialesCoverageQueryVariables>;
export const TerritorialCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"implementing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}},{"kind":"Field","name":{"kind":"Name","value":"ecosFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}}]} as unknown as DocumentNode<TerritorialCoverageQuery, TerritorialCoverageQueryVariables>;
export const ColoniasCoverageTwoWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasCoverageTwoWindows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-02-03","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-02-08","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"implementing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}},{"kind":"Field","name":{"kind":"Name","value":"ecosFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}}]} as unknown as DocumentNode<ColoniasCoverageTwoWindowsQuery, ColoniasCoverageTwoWindowsQueryVariables>;
export const CoveragePoblacionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoveragePoblacion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedGoal"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedGoalPer1000"}}]}}]}}]} as unknown as DocumentNode<CoveragePoblacionQuery, CoveragePoblacionQueryVariables>;
export const CoverageChoroplethLayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageChoroplethLayers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"t"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"EnumValue","value":"TERRITORIALES"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"0"}}]},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"EnumValue","value":"COLONIAS"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"0"}}]},{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageChoroplethLayersQuery, CoverageChoroplethLayersQueryVariables>;
export const CoverageTerritorialAndColoniasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageTerritorialAndColonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageTerritorialAndColoniasQuery, CoverageTerritorialAndColoniasQueryVariables>;
export const AlcaldiaColoniasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlcaldiaColonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}}]}}]}}]} as unknown as DocumentNode<AlcaldiaColoniasQuery, AlcaldiaColoniasQueryVariables>;
export const CoverageWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageWindows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"oneDay"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"workshopDay"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2019-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2021-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"year"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageWindowsQuery, CoverageWindowsQueryVariables>;
export const CoverageAroundBajaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageAroundBaja"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-06-30","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-07-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageAroundBajaQuery, CoverageAroundBajaQueryVariables>;
export const ImprovementsOfColoniaAndAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementsOfColoniaAndAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementsOfColoniaAndAllQuery, ImprovementsOfColoniaAndAllQueryVariables>;
export const ImprovementsOfColoniaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementsOfColonia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementsOfColoniaQuery, ImprovementsOfColoniaQueryVariables>;
export const CoverageAtAndByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageAtAndById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coloniaCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territorialCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}},{"kind":"Field","name":{"kind":"Name","value":"coloniasAttended"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRatio"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReachedPer1000"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"implementing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"}},{"kind":"Field","name":{"kind":"Name","value":"ecosFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsTotal"}}]}}]} as unknown as DocumentNode<CoverageAtAndByIdQuery, CoverageAtAndByIdQueryVariables>;
export const CoverageAtColoniaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageAtColonia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageAtColoniaQuery, CoverageAtColoniaQueryVariables>;
export const ServidoresIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServidoresIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SERVIDOR_DEL_PUEBLO"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServidoresIdPagesQuery, ServidoresIdPagesQueryVariables>;
export const VirtualWorkshopIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualWorkshopIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"modality"},"value":{"kind":"EnumValue","value":"VIRTUAL"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-05-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-08-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualWorkshopIdPagesQuery, VirtualWorkshopIdPagesQueryVariables>;
export const CompletedAgendaIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompletedAgendaIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"agendas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CompletedAgendaIdPagesQuery, CompletedAgendaIdPagesQueryVariables>;
export const EcosSchoolIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EcosSchoolIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"ecosSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EcosSchoolIdPagesQuery, EcosSchoolIdPagesQueryVariables>;
export const CaminoIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaminoIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"improvements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CAMINO_MUJERES_LIBRES_SEGURAS"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-06-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaminoIdPagesQuery, CaminoIdPagesQueryVariables>;
export const SanitizacionIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanitizacionIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-02-04","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-02-05","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SANITIZACION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SanitizacionIdPagesQuery, SanitizacionIdPagesQueryVariables>;
export const SepDecMercomunaIdPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SepDecMercomunaIdPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"mercomunaPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territorialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"SEP_DEC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SepDecMercomunaIdPagesQuery, SepDecMercomunaIdPagesQueryVariables>;
export const ActivitiesOfBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesOfBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesOfBeneficiaryQuery, ActivitiesOfBeneficiaryQueryVariables>;
export const BeneficiariesOfColoniaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiariesOfColonia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coloniaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coloniaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coloniaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiariesOfColoniaQuery, BeneficiariesOfColoniaQueryVariables>;
export const ReverseRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReverseRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mercomunaPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mercomunaPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReverseRelationsQuery, ReverseRelationsQueryVariables>;
export const FeatureGeometriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureGeometries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mercomunaPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureGeometriesQuery, FeatureGeometriesQueryVariables>;
export const BeneficiaryFieldNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryFieldNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Beneficiary","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryFieldNamesQuery, BeneficiaryFieldNamesQueryVariables>;
export const BeneficiaryFullNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryFullNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryFullNamesQuery, BeneficiaryFullNamesQueryVariables>;
export const BeneficiaryCurpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryCurps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryCurpsQuery, BeneficiaryCurpsQueryVariables>;
export const BeneficiaryPhonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryPhones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryPhonesQuery, BeneficiaryPhonesQueryVariables>;
export const BeneficiaryAddresssDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryAddresss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryAddresssQuery, BeneficiaryAddresssQueryVariables>;
export const BeneficiaryBirthDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryBirthDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryBirthDatesQuery, BeneficiaryBirthDatesQueryVariables>;
export const BeneficiaryAgeGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryAgeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryAgeGroupsQuery, BeneficiaryAgeGroupsQueryVariables>;
export const NearestEcosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestEcos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearestEcos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"ecosSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NearestEcosQuery, NearestEcosQueryVariables>;
export const NearestEcosDefaultLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestEcosDefaultLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearestEcos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}}]}}]}}]} as unknown as DocumentNode<NearestEcosDefaultLimitQuery, NearestEcosDefaultLimitQueryVariables>;
export const TerritorialesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}}]}}]}}]} as unknown as DocumentNode<TerritorialesQuery, TerritorialesQueryVariables>;
export const TerritorialByClaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialByClave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}}]} as unknown as DocumentNode<TerritorialByClaveQuery, TerritorialByClaveQueryVariables>;
export const TerritorialClaveByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialClaveById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]} as unknown as DocumentNode<TerritorialClaveByIdQuery, TerritorialClaveByIdQueryVariables>;
export const UnknownTerritorialesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownTerritoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"StringValue","value":"TER-99","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"999999","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnknownTerritorialesQuery, UnknownTerritorialesQueryVariables>;
export const TerritorialesWithColoniasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialesWithColonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]} as unknown as DocumentNode<TerritorialesWithColoniasQuery, TerritorialesWithColoniasQueryVariables>;
export const ColoniasWithTerritorialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasWithTerritorial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColoniasWithTerritorialQuery, ColoniasWithTerritorialQueryVariables>;
export const ColoniasGeometryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasGeometry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"3"}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColoniasGeometryQuery, ColoniasGeometryQueryVariables>;
export const ColoniasForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ColoniasForwardQuery, ColoniasForwardQueryVariables>;
export const ColoniasBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ColoniasBackwardQuery, ColoniasBackwardQueryVariables>;
export const TerritorialColoniaIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialColoniaIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TerritorialColoniaIdsQuery, TerritorialColoniaIdsQueryVariables>;
export const ColoniasOfTerritorialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniasOfTerritorial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territorialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColoniasOfTerritorialQuery, ColoniasOfTerritorialQueryVariables>;
export const ColoniaByClaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniaByClave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clave"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"tipo"}},{"kind":"Field","name":{"kind":"Name","value":"distritoLocal"}},{"kind":"Field","name":{"kind":"Name","value":"poblacion"}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]} as unknown as DocumentNode<ColoniaByClaveQuery, ColoniaByClaveQueryVariables>;
export const ColoniaClaveByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniaClaveById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]} as unknown as DocumentNode<ColoniaClaveByIdQuery, ColoniaClaveByIdQueryVariables>;
export const ColoniaNestingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniaNesting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inner"},"name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"StringValue","value":"07-163","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"containedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outer"},"name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"StringValue","value":"07-196","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"containedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"plain"},"name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"StringValue","value":"07-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]} as unknown as DocumentNode<ColoniaNestingQuery, ColoniaNestingQueryVariables>;
export const TerritorialGeometriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialGeometries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"bbox"}},{"kind":"Field","name":{"kind":"Name","value":"colonias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"5"}}]}]}}]}}]}}]} as unknown as DocumentNode<TerritorialGeometriesQuery, TerritorialGeometriesQueryVariables>;
export const ColoniaRoundedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColoniaRounded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clave"},"value":{"kind":"StringValue","value":"07-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"p2"},"name":{"kind":"Name","value":"geometry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"2"}}]},{"kind":"Field","alias":{"kind":"Name","value":"p0"},"name":{"kind":"Name","value":"centroid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"0"}}]}]}}]}}]} as unknown as DocumentNode<ColoniaRoundedQuery, ColoniaRoundedQueryVariables>;
export const LocateNestingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateNesting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"containedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocateNestingQuery, LocateNestingQueryVariables>;
export const LocateColoniaAndTerritorialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateColoniaAndTerritorial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territorial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}}]}}]}}]}}]} as unknown as DocumentNode<LocateColoniaAndTerritorialQuery, LocateColoniaAndTerritorialQueryVariables>;
export const LocateColoniaNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateColoniaNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"tipo"}}]}}]}}]}}]} as unknown as DocumentNode<LocateColoniaNamedQuery, LocateColoniaNamedQueryVariables>;
export const LocateColoniaDisplayNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateColoniaDisplayName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LocateColoniaDisplayNameQuery, LocateColoniaDisplayNameQueryVariables>;
export const LocateColoniaIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateColoniaId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colonia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LocateColoniaIdQuery, LocateColoniaIdQueryVariables>;