/** Who is writing: the name recorded on every change, and whether the token has the admin role. */
export interface Actor {
  name: string;
  /** Admins may retract relationships that came from the seed files. */
  admin: boolean;
}

/**
 * Curators may take back what curators added; what came from the seed files is the project's reviewed baseline,
 * so only an admin may retract it.
 */
export function canRetract(actor: Actor, origin: string | null | undefined): boolean {
  return origin === 'curator' || actor.admin;
}
