import { defineModule } from '../module';
import { reportRouter } from './report.router';

/**
 * The printable report: GET /reporte/<year>, the 2020 evaluation report's section IV tables and one ficha
 * per territorial, rebuilt from the data through the coverage, indicator and territory services (HTML in
 * Spanish, styled for print). It owns no table: every figure is another module's, read as the API reads it.
 */
export const reportModule = defineModule({
  name: 'report',
  routers: [(services) => reportRouter(services)], // GET /reporte/<year>, GET /reporte, GET /reporte/reporte.css
});
