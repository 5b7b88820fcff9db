package io.chokepoint.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.Node.ScalarType;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON document into a tree of {@link Node}s that keep their positions. JSON is
 * chosen by a {@code .json} file extension; everything else is read as YAML. Duplicate keys are an
 * error, never a silent overwrite.
 */
public final class SourceReader {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private SourceReader() {}

  /**
   * Reads a file.
   *
   * @param file the file to read
   * @param displayName the name to use in positions (usually the path as the user typed it)
   * @return the document's root node
   * @throws SourceException if the file cannot be read, is not UTF-8, or is not well-formed
   */
  public static Node read(Path file, String displayName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SourceException(
          "cannot read " + displayName,
          List.of(new Issue(Position.ofFile(displayName), null, null, "cannot read file: " + e)));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new SourceException(
          "cannot read " + displayName,
          List.of(new Issue(Position.ofFile(displayName), null, null, "file is not valid UTF-8")));
    }
    return parse(text, displayName);
  }

  /**
   * Parses text.
   *
   * @param text the document
   * @param displayName the name to use in positions; a name ending in {@code .json} selects JSON
   * @return the document's root node
   * @throws SourceException if the text is empty or not well-formed
   */
  public static Node parse(String text, String displayName) {
    return parse(text, displayName, displayName.toLowerCase().endsWith(".json"));
  }

  /**
   * Parses text known to be JSON (an HTTP body sent as {@code application/json}), whatever its
   * display name: the JSON parser reads it about twice as fast as the YAML parser would.
   *
   * @throws SourceException if the text is empty or not well-formed JSON
   */
  public static Node parseJson(String text, String displayName) {
    return parse(text, displayName, true);
  }

  private static Node parse(String text, String displayName, boolean json) {
    JsonFactory factory = json ? JSON : YAML;
    Issues issues = new Issues();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SourceException(
            "cannot read " + displayName,
            List.of(new Issue(Position.ofFile(displayName), null, null, "the document is empty")));
      }
      Node root = readValue(p, displayName, "", issues);
      if (p.nextToken() != null) {
        // Reading only the first document would silently drop the rest.
        issues.add(
            position(p, displayName),
            null,
            null,
            "a second document starts here; a file holds one document (put several transactions"
                + " under 'transactions:')");
      }
      if (!issues.isEmpty()) {
        throw new SourceException("invalid document " + displayName, issues.toList());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      Position pos =
          loc == null
              ? Position.ofFile(displayName)
              : new Position(displayName, loc.getLineNr(), loc.getColumnNr());
      throw new SourceException(
          "cannot parse " + displayName,
          List.of(new Issue(pos, null, null, "syntax error: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new SourceException(
          "cannot parse " + displayName,
          List.of(new Issue(Position.ofFile(displayName), null, null, "cannot parse: " + e)));
    }
  }

  private static Node readValue(JsonParser p, String file, String path, Issues issues)
      throws IOException {
    Position pos = position(p, file);
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node> fields = new LinkedHashMap<>();
          Map<String, Position> keys = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Position keyPos = position(p, file);
            p.nextToken();
            String childPath = path.isEmpty() ? key : path + "." + key;
            Node value = readValue(p, file, childPath, issues);
            if (fields.containsKey(key)) {
              issues.add(keyPos, null, childPath, "duplicate key '" + key + "'");
            } else {
              fields.put(key, value);
              keys.put(key, keyPos);
            }
          }
          return new MapNode(pos, path, fields, keys);
        }
      case START_ARRAY:
        {
          List<Node> elements = new ArrayList<>();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(p, file, path + "[" + i + "]", issues));
            i++;
          }
          return new ListNode(pos, path, elements);
        }
      case VALUE_STRING:
        return new ScalarNode(pos, path, p.getText(), ScalarType.STRING);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(pos, path, p.getText(), ScalarType.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        // The spelling is kept: YAML 1.1 reads NO (Norway) as false, and a string field wants NO.
        return new ScalarNode(pos, path, p.getText(), ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new ScalarNode(pos, path, null, ScalarType.NULL);
      default:
        throw new IOException("unexpected token " + t + " at " + pos);
    }
  }

  private static Position position(JsonParser p, String file) {
    JsonLocation loc = p.currentTokenLocation();
    return new Position(file, loc.getLineNr(), loc.getColumnNr());
  }
}
