import { registerEnumType } from 'type-graphql';
/** Beneficiary enumerations; values are stored as they are (varchar + CHECK). */
export var BeneficiaryRole;
(function (BeneficiaryRole) {
    BeneficiaryRole["SERVIDOR_DEL_PUEBLO"] = "SERVIDOR_DEL_PUEBLO";
    BeneficiaryRole["PROMOTOR_COMUNITARIO"] = "PROMOTOR_COMUNITARIO";
})(BeneficiaryRole || (BeneficiaryRole = {}));
export var Sex;
(function (Sex) {
    Sex["MUJER"] = "MUJER";
    Sex["HOMBRE"] = "HOMBRE";
})(Sex || (Sex = {}));
/** Age at 1 January of the program year. */
export var AgeGroup;
(function (AgeGroup) {
    AgeGroup["AGE_18_29"] = "AGE_18_29";
    AgeGroup["AGE_30_60"] = "AGE_30_60";
    AgeGroup["AGE_OVER_60"] = "AGE_OVER_60";
})(AgeGroup || (AgeGroup = {}));
export var Education;
(function (Education) {
    Education["PRIMARIA"] = "PRIMARIA";
    Education["SECUNDARIA"] = "SECUNDARIA";
    Education["BACHILLERATO"] = "BACHILLERATO";
    Education["LICENCIATURA"] = "LICENCIATURA";
})(Education || (Education = {}));
export var Occupation;
(function (Occupation) {
    Occupation["ESTUDIANTE"] = "ESTUDIANTE";
    Occupation["HOGAR"] = "HOGAR";
    Occupation["COMERCIO"] = "COMERCIO";
    Occupation["AUTOEMPLEO"] = "AUTOEMPLEO";
    Occupation["PENSIONADO_JUBILADO"] = "PENSIONADO_JUBILADO";
})(Occupation || (Occupation = {}));
export var BeneficiaryStatus;
(function (BeneficiaryStatus) {
    BeneficiaryStatus["ACTIVE"] = "ACTIVE";
    BeneficiaryStatus["BAJA"] = "BAJA";
})(BeneficiaryStatus || (BeneficiaryStatus = {}));
registerEnumType(BeneficiaryRole, {
    name: 'BeneficiaryRole',
    description: 'Servidor del Pueblo (coordinates promotores) or Promotor Comunitario (daily field work).',
});
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(AgeGroup, {
    name: 'AgeGroup',
    description: 'Age on 1 January of the program year: 18–29, 30–60, over 60.',
});
registerEnumType(Education, { name: 'Education', description: 'Highest level of schooling.' });
registerEnumType(Occupation, { name: 'Occupation' });
registerEnumType(BeneficiaryStatus, {
    name: 'BeneficiaryStatus',
    description: 'ACTIVE, or BAJA (left the program, with a date).',
});
