import type { Resolvers } from '../generated/graphql';
import { connectionResolvers } from './connection';
import { entityResolvers } from './entity';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  ...entityResolvers,
  ...connectionResolvers,
};
