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

export type TerritorialesQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritorialesQuery = { territoriales: Array<{ id: string, clave: string, nombre: string, areaKm2: number }> };


export const TerritorialesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clave"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}}]}}]}}]} as unknown as DocumentNode<TerritorialesQuery, TerritorialesQueryVariables>;