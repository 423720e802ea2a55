import type { PageContext } from '../../site/context';

/** The period a dataset covers, as the dataset page and the catalogue cards say it. */
export function periodText(ctx: PageContext, period: { start: string; end?: string | undefined }): string {
  return period.end ? ctx.t('dataset.range', { start: ctx.f.date(period.start), end: ctx.f.date(period.end) }) : ctx.f.date(period.start);
}
