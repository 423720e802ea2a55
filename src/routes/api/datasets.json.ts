import type { APIRoute } from 'astro';
import { catalogueInput } from '../../components/dataset/catalogue-input';
import { apiJson } from '../../datasets/api';

/** The static API for data users: every dataset, its tables, versions and files (docs/api.md). */
export const GET: APIRoute = async () => new Response(apiJson(await catalogueInput()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
