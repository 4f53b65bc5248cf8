package dev.dovetail.diff.compare;

import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Functions, procedures and aggregates, by signature. One whose result, argument names or defaults change cannot be replaced in
 * place: it is dropped and created again, the two changes side by side (the planner keeps them in one migration).
 */
final class FunctionComparer {

  private FunctionComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    Set<String> recreatedTypes = CompositeTypeComparer.recreated(current, declared);
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, Function> functions = Keyed.of(current.functions(), declared.functions(), Function::signature);
    for (Keyed.Both<Function> f : functions.declared()) {
      Function old = f.from();
      Function function = f.to();
      if (old == null) {
        changes.add(new CreateFunction(function));
      } else if (!old.replaceableBy(function) || usesAny(old, recreatedTypes)) {
        // The new function brings its comment. One that takes or returns a type dropped and created again goes
        // and comes back with it.
        changes.add(new DropFunction(old));
        changes.add(new CreateFunction(function));
      } else {
        if (!old.withComment(null).equals(function.withComment(null))) {
          changes.add(new ReplaceFunction(old, function.withComment(old.comment())));
        }
        changes.addAll(Comments.of(CommentTarget.of(function), old.comment(), function.comment()));
      }
    }
    functions.removed().forEach(f -> changes.add(new DropFunction(f)));
    return changes;
  }

  /** @return the signatures of the functions that are dropped and created again */
  static Set<String> recreated(DatabaseSchema current, DatabaseSchema declared) {
    Set<String> recreatedTypes = CompositeTypeComparer.recreated(current, declared);
    Set<String> recreated = new TreeSet<>();
    Keyed.of(current.functions(), declared.functions(), Function::signature).kept().stream()
        .filter(f -> !f.from().replaceableBy(f.to()) || usesAny(f.from(), recreatedTypes))
        .forEach(f -> recreated.add(f.to().signature()));
    return recreated;
  }

  /** @return whether {@code function} takes or returns one of {@code types} (references), or an array of one */
  static boolean usesAny(Function function, Set<String> types) {
    for (String type : types) {
      Pattern named = Pattern.compile("(?<![\\w.\"$])" + Pattern.quote(type) + "(?![\\w\"$])");
      if (named.matcher(function.argumentTypes()).find() || named.matcher(function.result()).find()) {
        return true;
      }
    }
    return false;
  }
}
