import type { Resolvers } from '../generated/resolvers';
import { connectionResolvers } from './connection';
import { documentResolvers } from './documents';
import { entityResolvers } from './entity';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  ...entityResolvers,
  ...connectionResolvers,
  ...documentResolvers,
  // Document is both an Entity (entity.ts) and a document with structure (documents.ts).
  Document: { ...entityResolvers.Document, ...documentResolvers.Document },
};
