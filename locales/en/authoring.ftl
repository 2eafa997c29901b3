## authoring
