import { useParams } from 'react-router';

/** The numeric :id of the current route, or null when it is not a positive integer. */
export function useIdParam(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isInteger(value) && value > 0 ? value : null;
}
