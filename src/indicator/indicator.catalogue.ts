import type { IndicatorLevel } from './indicator.enums';
import type { Measure } from './indicator.sql';

/**
 * The report's results matrix (Evaluación interna 2020, section IV) as data:
 * one entry per indicator, worded as the report words it (Spanish), with the
 * measure that computes it from the program's data (indicator.sql.ts).
 * `reported` is the report's own 2020 figure, for comparison (docs/indicators.md).
 */

const REPORT = 'Evaluación interna 2020 del programa, sección IV';
const OFICIO = 'Subdirección de Seguridad Vial y Prevención del Delito, oficio D.G.G.P.C. / S.S.V.P.D. / 171 / 2019';

export interface Figure {
  value: number | null;
  unit: string;
  year: number | null;
  source: string;
  /** As the report states it. */
  statement: string;
}

/** How the value is made from the measure's numerator and denominator. */
export type ValueRule = 'COUNT' | 'PER_100K' | 'STORED';

export interface IndicatorDefinition {
  code: string;
  level: IndicatorLevel;
  name: string;
  description: string;
  formula: string;
  fields: string[];
  unit: string;
  frequency: string;
  direction: string;
  measure: Measure;
  value: ValueRule;
  /**
   * A breakdown of people (its measures, this one among them): small cells are suppressed for PUBLIC callers as
   * coverage's breakdowns are (src/auth/small-cells.ts).
   */
  breakdown?: Measure[];
  baseline: Figure | null;
  goal: Figure | null;
  reported: Figure | null;
}

const PEOPLE_BASELINE: Figure = {
  value: 380_000,
  unit: 'personas',
  year: 2020,
  source: `${REPORT}, c.2.6 Línea de base (año: inicios de 2020)`,
  statement:
    'Para establecer una línea de base en cuanto a participación de personas se toma la meta establecida a lograr en 2020 que es de 380,000 personas.',
};

const ZERO_SPACES: Figure = {
  value: 0,
  unit: 'obras',
  year: 2020,
  source: `${REPORT}, c.2.6 Línea de base (año: inicios de 2020)`,
  statement: 'Para el caso de espacios públicos mejorados la línea de base considerada es cero.',
};

const reported = (value: number | null, unit: string, statement: string, where = 'c.2.8'): Figure => ({
  value,
  unit,
  year: 2020,
  source: `${REPORT}, ${where}`,
  statement,
});

const ACTIVITY_FIELDS = ['activity_monthly_colonia.people_reached', 'activity_daily_colonia.people_reached'];
const IMPROVEMENT_FIELDS = [
  'public_space_improvement.kind',
  'public_space_improvement.status',
  'public_space_improvement.built_on',
];

/** One improvement kind of the report's table "Espacios y servicios públicos mejorados". */
function improvementKind(code: string, measure: Measure, name: string, value: number | null): IndicatorDefinition {
  return {
    code,
    level: 'COMPONENTE',
    name,
    description: `${name}: obras terminadas y en uso (tabla «Espacios y servicios públicos mejorados» del informe).`,
    formula:
      'Número de obras de ese tipo con estado COMPLETED cuya fecha (built_on) cae en el periodo; sin dato (null) mientras el tipo no tenga registro.',
    fields: [...IMPROVEMENT_FIELDS, 'public_space_kind.tracked'],
    unit: 'obras',
    frequency: 'Semestral',
    direction: 'Calidad de vida',
    measure,
    value: 'COUNT',
    baseline: ZERO_SPACES,
    goal: null,
    reported: reported(value, 'obras', value === null ? 'S/D (sin dato)' : `${value}`, 'c.2.8, tabla de espacios'),
  };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'FIN_DELITOS_ALTO_IMPACTO',
    level: 'FIN',
    name: 'Fortalecimiento de la democracia participativa para el bienestar y la paz en Iztapalapa: disminución de índices delictivos',
    description:
      'Aumento del índice de desarrollo social y disminución de índices delictivos (delitos de alto impacto).',
    formula:
      'Delitos de alto impacto denunciados en el periodo (carpetas de investigación de la FGJ-CDMX en una de las 14 categorías de alto impacto) ÷ población de la unidad × 100,000.',
    fields: [
      'crime_month_colonia.incidents',
      'crime_incident.occurred_on',
      'crime_incident.category',
      'colonia.poblacion',
    ],
    unit: 'delitos por 100,000 habitantes',
    frequency: 'Anual',
    direction: 'Impacto (descendente: mejor si disminuye)',
    measure: 'crimeHighImpact',
    value: 'PER_100K',
    baseline: {
      value: -19,
      unit: '% de variación anual',
      year: 2019,
      source: `${REPORT}, c.1.6 y c.1.7; ${OFICIO}`,
      statement:
        'La línea de base para el indicador relativo a la disminución del índice delictivo es la disminución del 19% (-19%) del índice delictivo en 2019 respecto a 2018, en lo que respecta a los delitos de homicidio doloso, robo a bordo de transporte público, robo a casa habitación, robo a cuentahabiente, robo a negocio, robo a transeúnte, robo a transportista, robo de vehículo y violación (12,852 delitos en 2018; 10,404 en 2019).',
    },
    goal: null,
    reported: reported(
      -17.09,
      '% de variación enero–diciembre',
      'Entre el inicio de 2020 y fines del año 2020 hubo una disminución del 17.09% (-17.09%) en cuanto al índice delictivo de alto impacto (661 delitos en enero; 548 en diciembre).',
      'c.1.8',
    ),
  },
  {
    code: 'FIN_IDS',
    level: 'FIN',
    name: 'Fortalecimiento de la democracia participativa para el bienestar y la paz en Iztapalapa: índice de desarrollo social',
    description:
      'Aumento del índice de desarrollo social y disminución de índices delictivos (índice de desarrollo social).',
    formula:
      'Método de medición del IDS (Evalúa CDMX): media de los IDS de las AGEB de la unidad ponderada por su población. Se mide con cada censo: el valor 2020 en los periodos que tocan 2020, sin dato en los demás.',
    fields: ['social_development_unit.value', 'social_development_unit.stratum'],
    unit: 'índice (0 a 1)',
    frequency: 'Anual',
    direction: 'Impacto (ascendente: mejor si aumenta)',
    measure: 'ids',
    value: 'STORED',
    baseline: {
      value: 0.77,
      unit: 'índice (0 a 1), estrato BAJO',
      year: 2015,
      source: `${REPORT}, c.1.6; Gaceta Oficial de la Ciudad de México, 4 de marzo de 2016, No. 24`,
      statement:
        'La línea de base para el indicador relativo al índice de desarrollo social es el establecido en 2015 por Evalúa: Índice de Desarrollo Social Bajo (Iztapalapa: 0.77).',
    },
    goal: null,
    reported: null,
  },
  {
    code: 'PROPOSITO_PERSONAS_ALCANZADAS',
    level: 'PROPOSITO',
    name: 'Fortalecimiento de la participación ciudadana y la convivencia comunitaria: participantes en las acciones desarrolladas',
    description: 'Número de participantes en las diversas acciones desarrolladas.',
    formula:
      'Total de participantes en las diversas acciones de gobierno desarrolladas: suma de las personas alcanzadas por las actividades de campo de los beneficiarios facilitadores en el periodo.',
    fields: ACTIVITY_FIELDS,
    unit: 'personas',
    frequency: 'Diaria',
    direction: 'Eficacia',
    measure: 'peopleReached',
    value: 'COUNT',
    baseline: PEOPLE_BASELINE,
    goal: {
      value: 380_000,
      unit: 'personas',
      year: 2020,
      source: `${REPORT}, c.3.1 Metas físicas`,
      statement: 'Acercar al menos a 380,000 personas residentes en Iztapalapa a las acciones y programas de gobierno.',
    },
    reported: reported(
      1_536_000,
      'personas (proyección)',
      'Población participante en servicios otorgados anual: 1,536,000 (proyección: 1,280 facilitadores × 6 actividades por semana × 40 semanas × 5 personas por actividad).',
    ),
  },
  {
    code: 'PROPOSITO_PARTICIPANTES',
    level: 'PROPOSITO',
    name: 'Fortalecimiento de la participación ciudadana y la convivencia comunitaria: personas activas en la acción comunitaria',
    description: 'Número de personas y colectivos activos en la incidencia y acción comunitaria.',
    formula:
      'Total de personas y grupos involucrados en acciones comunitarias: participantes de los talleres de planeación participativa realizados en el periodo más participantes de las ECOS de los años de programa que el periodo toca (las ECOS no tienen fecha de sesión).',
    fields: ['workshop.participants', 'workshop.held_on', 'ecos_school.participants', 'ecos_school.program_year'],
    unit: 'personas',
    frequency: 'Mensual',
    direction: 'Calidad de participación',
    measure: 'participants',
    value: 'COUNT',
    baseline: PEOPLE_BASELINE,
    goal: null,
    reported: reported(
      600,
      'personas (solo talleres)',
      'Talleres de planeación participativa en 38 colonias, barrios, pueblos y unidades habitacionales con una participación de alrededor de 600 vecinos y vecinas; el informe no da participantes de las ECOS.',
    ),
  },
  {
    code: 'PROPOSITO_ESPACIOS_PUBLICOS',
    level: 'PROPOSITO',
    name: 'Mejora de las condiciones y calidad de vida, convivencia, y ciudadanía en las comunidades de Iztapalapa',
    description: 'Mejoras y uso social de los espacios públicos.',
    formula:
      'Total de obras, espacios y servicios públicos mejorados y en uso por las comunidades: obras con estado COMPLETED cuya fecha cae en el periodo, de los tipos con registro (lavamanos y pipas: sin dato). Las obras programadas o en curso no cuentan.',
    fields: IMPROVEMENT_FIELDS,
    unit: 'obras',
    frequency: 'Semestral',
    direction: 'Calidad de vida',
    measure: 'improvements',
    value: 'COUNT',
    baseline: ZERO_SPACES,
    goal: null,
    reported: reported(
      132,
      'obras',
      'Caminos de mujeres libres y seguras 120, Ludicalles 5, Utopías 7 (lavamanos y pipas: S/D).',
      'c.2.8, tabla de espacios',
    ),
  },
  {
    code: 'META_BENEFICIARIOS',
    level: 'COMPONENTE',
    name: 'Apoyo económico a Servidores del Pueblo y Promotores Comunitarios',
    description:
      'Beneficiarios facilitadores de servicios (Servidores del Pueblo y Promotores Comunitarios) frente a la población beneficiaria de las reglas de operación.',
    formula:
      'Beneficiarios inscritos en un año de programa que el periodo toca y no dados de baja antes de su inicio; meta de las reglas de operación: hasta 280 Servidores del Pueblo y 1,000 Promotores Comunitarios.',
    fields: [
      'beneficiary_colonia_year.total',
      'beneficiary_colonia_year.program_year',
      'beneficiary_colonia_year.baja_on',
    ],
    unit: 'personas',
    frequency: 'Anual',
    direction: 'Eficacia',
    measure: 'beneficiaries',
    value: 'COUNT',
    baseline: null,
    goal: {
      value: 1_280,
      unit: 'personas',
      year: 2020,
      source: `${REPORT}, c.3.1 y c.3.2 (población beneficiaria establecida en las reglas de operación)`,
      statement: 'Hasta 280 servidores del pueblo y 1000 promotores comunitarios.',
    },
    reported: reported(1_280, 'personas', '1,280 beneficiarios facilitadores de servicios = 100%.', 'c.3.3'),
  },
  {
    code: 'META_BENEFICIARIOS_SERVIDORES',
    level: 'COMPONENTE',
    name: 'Apoyo económico a Servidores del Pueblo',
    description: 'Servidores del Pueblo beneficiarios frente a los 280 de las reglas de operación.',
    formula: 'Como META_BENEFICIARIOS, solo la figura Servidor del Pueblo.',
    fields: ['beneficiary_colonia_year.servidor_del_pueblo'],
    unit: 'personas',
    frequency: 'Anual',
    direction: 'Eficacia',
    measure: 'beneficiariesServidores',
    value: 'COUNT',
    breakdown: ['beneficiariesServidores', 'beneficiariesPromotores'],
    baseline: null,
    goal: {
      value: 280,
      unit: 'personas',
      year: 2020,
      source: `${REPORT}, c.3.1 Metas físicas`,
      statement: 'Apoyo económico a 280 Servidores de Pueblo.',
    },
    reported: reported(280, 'personas', '280 Servidores del Pueblo.', 'c.3.3'),
  },
  {
    code: 'META_BENEFICIARIOS_PROMOTORES',
    level: 'COMPONENTE',
    name: 'Apoyo económico a Promotores Comunitarios',
    description: 'Promotores Comunitarios beneficiarios frente a los 1,000 de las reglas de operación.',
    formula: 'Como META_BENEFICIARIOS, solo la figura Promotor Comunitario.',
    fields: ['beneficiary_colonia_year.promotor_comunitario'],
    unit: 'personas',
    frequency: 'Anual',
    direction: 'Eficacia',
    measure: 'beneficiariesPromotores',
    value: 'COUNT',
    breakdown: ['beneficiariesServidores', 'beneficiariesPromotores'],
    baseline: null,
    goal: {
      value: 1_000,
      unit: 'personas',
      year: 2020,
      source: `${REPORT}, c.3.1 Metas físicas`,
      statement: 'Apoyo económico a 1000 Promotores Comunitarios.',
    },
    reported: reported(1_000, 'personas', '1,000 Promotores Comunitarios.', 'c.3.3'),
  },
  {
    code: 'META_COLONIAS_ATENDIDAS',
    level: 'COMPONENTE',
    name: 'Evolución de la cobertura: colonias atendidas',
    description: 'Colonias de la alcaldía atendidas por Servidores del Pueblo y Promotores Comunitarios.',
    formula:
      'Colonias de la unidad con, en el periodo, un beneficiario asignado, un taller o una actividad de campo (numerador) frente a las colonias de la unidad (denominador).',
    fields: [
      'beneficiary_colonia_year.colonia_id',
      'workshop.colonia_id',
      'activity_daily_colonia.colonia_id',
      'colonia.id',
    ],
    unit: 'colonias',
    frequency: 'Anual',
    direction: 'Eficacia',
    measure: 'coloniasAttended',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      293,
      'colonias',
      '293 colonias de la Alcaldía Iztapalapa atendidas con 280 Servidores de Pueblo y 1000 Promotores Comunitarios.',
      'c.3.2',
    ),
  },
  {
    code: 'COMPONENTE_TALLERES_COLONIAS',
    level: 'COMPONENTE',
    name: 'Talleres de planeación participativa',
    description:
      'Colonias, barrios, pueblos y unidades habitacionales con talleres de planeación participativa (presenciales o virtuales).',
    formula: 'Colonias distintas con al menos un taller de planeación participativa realizado en el periodo.',
    fields: ['workshop.colonia_id', 'workshop.held_on'],
    unit: 'colonias',
    frequency: 'Mensual',
    direction: 'Calidad de participación',
    measure: 'workshopColonias',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      38,
      'colonias',
      'Talleres de planeación participativa en 38 colonias, barrios, pueblos y unidades habitacionales.',
    ),
  },
  {
    code: 'COMPONENTE_TALLERES_PARTICIPANTES',
    level: 'COMPONENTE',
    name: 'Participantes en los talleres de planeación participativa',
    description: 'Vecinas y vecinos que participan en los talleres de planeación participativa.',
    formula: 'Suma de los participantes de los talleres realizados en el periodo.',
    fields: ['workshop.participants', 'workshop.held_on'],
    unit: 'personas',
    frequency: 'Mensual',
    direction: 'Calidad de participación',
    measure: 'workshopParticipants',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(600, 'personas', 'Una participación de alrededor de 600 vecinos y vecinas.'),
  },
  {
    code: 'COMPONENTE_AGENDAS_TERMINADAS',
    level: 'COMPONENTE',
    name: 'Agendas de Desarrollo Local Comunitario terminadas',
    description:
      'Colonias con su Agenda de Desarrollo Local Comunitario terminada (las que ya implementan proyectos incluidas).',
    formula: 'Agendas con estado COMPLETED o IMPLEMENTING de los años de programa que el periodo toca.',
    fields: ['agenda.status', 'agenda.program_year'],
    unit: 'agendas',
    frequency: 'Anual',
    direction: 'Calidad de participación',
    measure: 'agendasFinished',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      20,
      'agendas',
      'De éstas 20 ya cuentan con sus Agendas de Desarrollo Local Comunitario terminadas.',
    ),
  },
  {
    code: 'COMPONENTE_AGENDAS_EN_IMPLEMENTACION',
    level: 'COMPONENTE',
    name: 'Agendas implementando proyectos',
    description:
      'Agendas terminadas cuyas comunidades ya implementan proyectos emanados de ellas (una parte de las terminadas).',
    formula: 'Agendas con estado IMPLEMENTING de los años de programa que el periodo toca.',
    fields: ['agenda.status', 'agenda.program_year'],
    unit: 'agendas',
    frequency: 'Anual',
    direction: 'Calidad de vida',
    measure: 'agendasImplementing',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(10, 'agendas', '10 ya están implementando proyectos emanados de sus agendas.'),
  },
  {
    code: 'COMPONENTE_ECOS',
    level: 'COMPONENTE',
    name: 'Escuelas de Ciudadanía y Organización Social comunitarias (ECOS)',
    description: 'ECOS comunitarias en las 13 territoriales.',
    formula: 'Escuelas ECOS de los años de programa que el periodo toca.',
    fields: ['ecos_school.id', 'ecos_school.program_year'],
    unit: 'escuelas',
    frequency: 'Anual',
    direction: 'Calidad de participación',
    measure: 'ecosSchools',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      15,
      'escuelas',
      '15 Escuelas de Ciudadanía y Organización Social comunitarias (ECOS comunitarias) en las 13 territoriales.',
    ),
  },
  {
    code: 'COMPONENTE_ECOS_FACILITADORES',
    level: 'COMPONENTE',
    name: 'Facilitadores formados en Educación Popular',
    description: 'Beneficiarios facilitadores formados en Educación Popular que apoyan las ECOS.',
    formula: 'Beneficiarios distintos que facilitan las ECOS de los años de programa que el periodo toca.',
    fields: ['ecos_school_facilitator.beneficiary_id', 'ecos_school.program_year'],
    unit: 'personas',
    frequency: 'Anual',
    direction: 'Calidad de participación',
    measure: 'ecosFacilitators',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      70,
      'personas',
      'Actividades de formación en Educación Popular a una selección de 70 beneficiarios facilitadores de servicios.',
    ),
  },
  improvementKind(
    'COMPONENTE_CAMINOS_MUJERES',
    'improvements:CAMINO_MUJERES_LIBRES_SEGURAS',
    'Caminos de mujeres libres y seguras',
    120,
  ),
  improvementKind('COMPONENTE_LUDICALLES', 'improvements:LUDICALLE', 'Ludicalles', 5),
  improvementKind('COMPONENTE_UTOPIAS', 'improvements:UTOPIA', 'Utopías', 7),
  improvementKind('COMPONENTE_LAVAMANOS', 'improvements:LAVAMANOS', 'Lavamanos en tianguis y espacios públicos', null),
  improvementKind('COMPONENTE_PIPAS', 'improvements:PIPA_AGUA', 'Dotación gratuita de agua en pipas', null),
  {
    code: 'ACTIVIDAD_ACTIVIDADES_CAMPO',
    level: 'ACTIVIDAD',
    name: 'Actividades de los beneficiarios facilitadores de servicios',
    description:
      'Actividades diarias de los beneficiarios facilitadores (Mercomuna, volanteo preventivo, entrega de insumos, vigilancia y sanitización de espacios públicos).',
    formula: 'Número de actividades de campo realizadas en el periodo.',
    fields: ['activity_monthly_colonia.activities', 'activity_daily_colonia.activities'],
    unit: 'actividades',
    frequency: 'Diaria',
    direction: 'Eficacia',
    measure: 'activities',
    value: 'COUNT',
    baseline: null,
    goal: null,
    reported: reported(
      307_200,
      'actividades (proyección)',
      'Actividades anuales: 307,200 (proyección: 1,280 actividades diarias, 7,680 por semana, 40 semanas).',
    ),
  },
  {
    code: 'ACTIVIDAD_APOYOS_ECONOMICOS',
    level: 'ACTIVIDAD',
    name: 'Elaboración de pólizas cheque a beneficiarios',
    description: 'Apoyos económicos pagados a los beneficiarios (capítulo 4000).',
    formula: 'Suma de los pagos (MXN) a los beneficiarios de la unidad cuyo mes cae en el periodo.',
    fields: ['payment_monthly_colonia.amount', 'payment_monthly_colonia.month'],
    unit: 'pesos (MXN)',
    frequency: 'Mensual',
    direction: 'Eficacia',
    measure: 'payments',
    value: 'COUNT',
    baseline: null,
    goal: {
      value: 110_760_000,
      unit: 'pesos (MXN)',
      year: 2020,
      source: `${REPORT}, b.1 Presupuesto aprobado`,
      statement: 'Presupuesto aprobado 2020, capítulo 4000: $110,760,000.00.',
    },
    reported: reported(110_760_000, 'pesos (MXN)', 'Presupuesto ejercido 2020: $110,760,000.00.', 'b.1 y b.2'),
  },
];

export const INDICATOR_CODES = INDICATORS.map((i) => i.code);

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((i) => i.code === code);
}
