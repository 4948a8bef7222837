import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Identity } from '../auth/identity';
import { ErrorCode } from '../common/errors';
import { setSqlStatementsHeader } from '../http/gis-response';
import type { RouterServices } from '../module';
import { pageContentSecurityPolicy } from '../web/html';
import { REPORT_CSS, REPORT_CSS_PATH } from './report.css';
import { refusalPage, reportPage } from './report.html';
import { buildReport, parseReportYear, programYears, ReportError } from './report.service';

/**
 * GET /reporte/<year>: the printable report of a program year, HTML in Spanish, as the caller's role may
 * see it (PUBLIC: small cells suppressed; ANALYST and above: exact). GET /reporte goes to the last program
 * year. Refusals (not a year, a year without program data, a query parameter) are a Spanish page for a
 * browser and the API's JSON `{ code, description }` for anything else.
 */

const TITLES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.BAD_USER_INPUT]: 'Dirección no válida',
  [ErrorCode.NOT_FOUND]: 'Año sin datos del programa',
};

const wantsPage = (req: Request) => req.accepts(['application/json', 'text/html']) === 'text/html';

function sendHtml(res: Response, status: number, body: string, cache: string): void {
  setSqlStatementsHeader(res);
  res.setHeader('Content-Security-Policy', pageContentSecurityPolicy());
  res.setHeader('Cache-Control', cache);
  res.vary('Accept');
  res.vary('Authorization');
  res.vary('X-API-Key');
  res.status(status).type('text/html; charset=utf-8').send(body);
}

function refuseUnknownParameters(req: Request): void {
  const unknown = Object.keys(req.query)[0];
  if (unknown !== undefined)
    throw new ReportError(
      ErrorCode.BAD_USER_INPUT,
      `${unknown.slice(0, 40)} is not a parameter of /reporte/{year} (it takes none)`,
      `«${unknown.slice(0, 40)}» no es un parámetro del informe: la dirección es /reporte/<año>, sin parámetros.`,
      unknown.slice(0, 40),
    );
}

export function reportRouter({ dataSource, createRequestContext }: RouterServices): Router {
  const router = Router();

  router.get(REPORT_CSS_PATH, (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.status(200).type('text/css; charset=utf-8').send(REPORT_CSS);
  });

  const handle =
    (answer: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        refuseUnknownParameters(req);
        await answer(req, res);
      } catch (error) {
        if (error instanceof ReportError && wantsPage(req))
          sendHtml(
            res,
            error.httpStatus,
            refusalPage(error.httpStatus, TITLES[error.code] ?? 'Informe no disponible', error.spanish),
            'no-cache',
          );
        else next(error);
      }
    };

  const contextOf = (res: Response) =>
    createRequestContext(dataSource, res.locals.scope.requestId, res.locals.identity as Identity);

  router.get(
    '/reporte',
    handle(async (_req, res) => {
      const years = await programYears(contextOf(res));
      if (!years.length)
        throw new ReportError(
          ErrorCode.NOT_FOUND,
          'No program year has data yet',
          'Aún no hay años con datos del programa.',
        );
      res.setHeader('Cache-Control', 'no-cache');
      res.redirect(302, `/reporte/${years[years.length - 1].year}`);
    }),
  );

  router.get(
    '/reporte/:year',
    handle(async (req, res) => {
      const year = parseReportYear(String(req.params.year));
      const ctx = contextOf(res);
      const data = await buildReport(ctx, year, await programYears(ctx));
      // Exact figures are for the caller alone: no shared cache keeps them.
      sendHtml(
        res,
        200,
        reportPage(data, ctx.identity.role, new Date()),
        data.exact ? 'private, no-store' : 'no-cache',
      );
    }),
  );

  return router;
}
