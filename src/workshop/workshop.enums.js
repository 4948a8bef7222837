import { registerEnumType } from 'type-graphql';
export var WorkshopModality;
(function (WorkshopModality) {
    WorkshopModality["PRESENCIAL"] = "PRESENCIAL";
    WorkshopModality["VIRTUAL"] = "VIRTUAL";
})(WorkshopModality || (WorkshopModality = {}));
export var AgendaStatus;
(function (AgendaStatus) {
    AgendaStatus["IN_PROGRESS"] = "IN_PROGRESS";
    AgendaStatus["COMPLETED"] = "COMPLETED";
    AgendaStatus["IMPLEMENTING"] = "IMPLEMENTING";
})(AgendaStatus || (AgendaStatus = {}));
registerEnumType(WorkshopModality, { name: 'WorkshopModality', description: 'In person (with a venue) or virtual.' });
registerEnumType(AgendaStatus, {
    name: 'AgendaStatus',
    description: 'IN_PROGRESS: being drafted; COMPLETED: agenda finished; IMPLEMENTING: finished and carrying out its projects.',
});
