import { GraphQLError } from 'graphql';
import { badInput, conflict } from './errors';

interface PostgresError {
  code?: string;
  constraint?: string;
  driverError?: PostgresError;
}

/** Messages for the constraints users can run into, by constraint name. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  orientations_plan_number_key: 'Une orientation porte déjà ce numéro dans ce plan.',
  memberships_open_key: 'Cette personne est déjà membre de cette instance.',
  plans_period_check: "L'année de fin doit suivre l'année de début.",
  actions_dates_check: 'La date de fin doit suivre la date de début.',
  memberships_period_check: "La fin du mandat doit suivre son début.",
  indicators_action_name_key: 'Cette action a déjà un indicateur de ce nom.',
  indicators_target_check: 'La cible doit se trouver du bon côté de la valeur de départ.',
  measurements_indicator_date_key: 'Cet indicateur a déjà une mesure à cette date : corrigez-la plutôt.',
  budget_lines_action_funder_year_key: 'Ce financeur a déjà une ligne budgétaire pour cette action et cette année.',
  budget_lines_amounts_check: 'Les montants ne peuvent pas être négatifs.',
};

/** Turns PostgreSQL constraint errors into GraphQL errors with a code; others pass through. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  const pgError = (error as PostgresError)?.driverError ?? (error as PostgresError);
  const message = pgError?.constraint ? CONSTRAINT_MESSAGES[pgError.constraint] : undefined;
  switch (pgError?.code) {
    case '23505':
      return conflict(message ?? 'Cet élément existe déjà (doublon).');
    case '23503':
      return badInput(message ?? "Un élément lié n'existe pas ou est encore utilisé.");
    case '23502':
      return badInput(message ?? 'Une valeur obligatoire manque.');
    case '23514':
    case '22007':
    case '22008':
    case '22P02':
      return badInput(message ?? 'Valeur refusée par les règles de données.');
    default:
      return error;
  }
}
