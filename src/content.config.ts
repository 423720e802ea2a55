import { vitrinaCollections } from 'vitrina/collections';

export const collections = vitrinaCollections();
