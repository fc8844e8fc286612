package io.github.bsc4j.examples;

import io.github.bsc4j.model.Scorecard;

/**
 * The main job: defines the sales team's scorecard over the four perspectives and prints it as a
 * readable tree. Run it with the README's main-job command.
 */
public final class SalesTeamExample {
  private SalesTeamExample() {}

  /**
   * Prints the sales team's scorecard.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard team = SalesScorecards.team();
    System.out.print(team.outline());
    System.out.println();
    System.out.println(team);
  }
}
