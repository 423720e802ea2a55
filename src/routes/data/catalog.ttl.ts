import type { APIRoute } from 'astro';
import { catalogueInput } from '../../components/dataset/catalogue-input';
import { catalogueTurtle } from '../../datasets/dcat';

/** The DCAT-AP 3 catalogue of every dataset, in Turtle. */
export const GET: APIRoute = async () =>
  new Response(catalogueTurtle(await catalogueInput()), { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
