"""Text repair and tokenization: the layer every later part of khabar reads through."""
