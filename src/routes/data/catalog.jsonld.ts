import type { APIRoute } from 'astro';
import { catalogueInput } from '../../components/dataset/catalogue-input';
import { catalogueJsonLd } from '../../datasets/dcat';

/** The DCAT-AP 3 catalogue of every dataset, in JSON-LD (same triples as catalog.ttl). */
export const GET: APIRoute = async () =>
  new Response(catalogueJsonLd(await catalogueInput()), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
