package dev.dovetail.diff.compare;

import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.DropRule;
import dev.dovetail.core.change.ReplaceRule;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of tables, by table and name (a view's come and go with the view, {@link ViewComparer}). One that changes is
 * replaced in one statement ({@code CREATE OR REPLACE RULE}), so that the table is never without it; one that uses a
 * column retyped, a table dropped or a function dropped or recreated on the way (as a policy, {@link
 * SecurityComparer#changedOnTheWay}) is in the way of that change and is dropped and created again, the planner placing
 * the drop before and the creation after it (the shadow-column recipe takes it off and puts it back in its swap).
 */
final class RuleComparer {

  private RuleComparer() {}

  /** @param changing what changes on the way ({@link SecurityComparer#changedOnTheWay}): a rule that uses it is rebuilt */
  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared, SecurityComparer.Uses changing) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, Rule> rules = Keyed.of(current.rules(), declared.rules(), RuleComparer::key);
    rules.removed().forEach(r -> changes.add(new DropRule(r)));
    for (Keyed.Both<Rule> r : rules.kept()) {
      Rule old = r.from();
      Rule updated = r.to();
      if (changing.any(old.columns(), old.relations(), old.functions())) {
        changes.add(new DropRule(old));
        changes.add(new CreateRule(updated));
      } else if (!old.withComment(null).equals(updated.withComment(null))) {
        changes.add(new ReplaceRule(old, updated));
      } else {
        changes.addAll(Comments.of(
            new CommentTarget(CommentTarget.Kind.RULE, old.relation().schema(), old.relation().name(), old.name()),
            old.comment(), updated.comment()));
      }
    }
    rules.added().forEach(r -> changes.add(new CreateRule(r)));
    return changes;
  }

  private static String key(Rule rule) {
    return rule.relation().schema() + '\0' + rule.relation().name() + '\0' + rule.name();
  }
}
