import { logger } from '../src/common/logger';
import { seedTerritorialModel } from './territorial-model.seed';
import { seedProgram } from './program.seed';
/** True once the territorial model has been seeded or imported. */
export async function hasTerritorialData(dataSource) {
    const rows = await dataSource.query('SELECT EXISTS (SELECT 1 FROM territorial) AS present');
    return rows[0].present;
}
/**
 * The deterministic demo data set, in one transaction: a failure leaves the
 * database as it was; a second run changes nothing.
 */
export async function runDemoSeed(dataSource, options = {}) {
    const started = Date.now();
    const report = await dataSource.transaction(async (manager) => {
        const runner = manager.queryRunner;
        if (!runner)
            throw new Error('transaction without a query runner');
        const territorialModel = await seedTerritorialModel(runner);
        const program = await seedProgram(runner, options);
        return { territorialModel, program };
    });
    logger.info({
        ms: Date.now() - started,
        territoriales: report.territorialModel.territoriales,
        colonias: report.territorialModel.colonias,
        beneficiaries: report.program.beneficiaries,
        activities: report.program.activities,
    }, 'demo seed done');
    return report;
}
