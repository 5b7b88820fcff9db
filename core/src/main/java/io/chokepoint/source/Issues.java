package io.chokepoint.source;

import java.util.ArrayList;
import java.util.List;

/** A mutable collector of {@link Issue}s while one document or one rule book is being read. */
public final class Issues {
  private final List<Issue> list = new ArrayList<>();

  /** Records a problem at the node's position and path. */
  public void add(Node node, String subject, String message) {
    list.add(new Issue(node.position(), subject, node.path(), message));
  }

  /** Records a problem at a given position. */
  public void add(Position position, String subject, String field, String message) {
    list.add(new Issue(position, subject, field, message));
  }

  /** Records an existing issue. */
  public void add(Issue issue) {
    list.add(issue);
  }

  /** Records all of the given issues. */
  public void addAll(List<Issue> issues) {
    list.addAll(issues);
  }

  /** Whether no problem has been recorded. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The number of problems recorded. */
  public int size() {
    return list.size();
  }

  /** An immutable copy of the problems, in the order they were found. */
  public List<Issue> toList() {
    return List.copyOf(list);
  }
}
