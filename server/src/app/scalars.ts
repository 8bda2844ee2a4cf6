import { DateTimeResolver, EmailAddressResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** graphql-scalars' implementations, re-exported under the names the schema uses. */
export const DateTime = DateTimeResolver;
export const LocalDate = LocalDateResolver;
export const Email = EmailAddressResolver;
export const Json = JSONResolver;
